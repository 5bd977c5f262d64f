#!/usr/bin/env python3
"""Fills German and Spanish translations into translations/faultless_{de,es}.ts from TSV files.

Run `cmake --build build --target update_translations` first, so that every new tr() string is
in the catalogues (as unfinished); then:

    scripts/apply-translations.py translations/pending/*.tsv

Each TSV line is: context <TAB> source <TAB> German <TAB> Spanish. Escapes \\t and \\n stand for
a tab and a newline. For a plural message ("%n event(s)") give the forms joined by " || "
(singular || plural). Lines starting with # are comments. A message that matches no entry in a
catalogue is reported, so that a typo in a source text does not go unnoticed."""
import sys
import xml.etree.ElementTree as ET

CATALOGUES = {"de": "translations/faultless_de.ts", "es": "translations/faultless_es.ts"}


def unescape(text):
    return text.replace("\\t", "\t").replace("\\n", "\n")


def read_rows(paths):
    rows = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line.strip() or line.startswith("#"):
                    continue
                parts = line.split("\t")
                if len(parts) != 4:
                    sys.exit(f"{path}:{number}: expected 4 tab-separated fields, found {len(parts)}")
                rows.append((path, number, *[unescape(p) for p in parts]))
    return rows


def fill(language, path, rows):
    tree = ET.parse(path)
    index = {}
    for context in tree.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            index[(name, message.findtext("source"))] = message
    column = 4 if language == "de" else 5
    missing = 0
    for row in rows:
        message = index.get((row[2], row[3]))
        if message is None:
            print(f"{row[0]}:{row[1]}: no message \"{row[3]}\" in context {row[2]} of {path}", file=sys.stderr)
            missing += 1
            continue
        translation = message.find("translation")
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        text = row[column]
        if message.get("numerus") == "yes":
            translation.text = None
            for form in text.split(" || "):
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = text
    with open(path, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="utf-8", xml_declaration=False)
    return missing


def main():
    rows = read_rows(sys.argv[1:])
    missing = sum(fill(language, path, rows) for language, path in CATALOGUES.items())
    print(f"{len(rows)} message(s) applied; {missing} not found")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
