#!/usr/bin/env python3
"""Fills the plural forms of translations/faultless_en.ts from the source texts.

English needs a catalogue only for "%n event(s)"-style messages: the singular drops "(s)",
the plural keeps the "s". Run after `cmake --build build --target update_translations`."""
import re, sys, xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else "translations/faultless_en.ts"
tree = ET.parse(path)
def forms(source):
    singular = re.sub(r"\((?:e?s)\)", "", source)
    singular = re.sub(r"(\w+)\(ies\)", lambda m: m.group(1) + "y", singular)
    plural = re.sub(r"\((e?s)\)", r"\1", source)
    plural = re.sub(r"(\w+)\(ies\)", lambda m: m.group(1) + "ies", plural)
    return singular, plural
for message in tree.iter("message"):
    if message.get("numerus") != "yes":
        continue
    source = message.findtext("source")
    translation = message.find("translation")
    for child in list(translation):
        translation.remove(child)
    translation.attrib.pop("type", None)
    translation.text = None
    for text in forms(source):
        form = ET.SubElement(translation, "numerusform")
        form.text = text
with open(path, "wb") as f:
    f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    tree.write(f, encoding="utf-8", xml_declaration=False)
