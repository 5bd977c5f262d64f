#!/usr/bin/env python3
"""Fails when an #include runs up a layer (docs/architecture.md, "Inside model/ the folders are
layers too"), printing each one as file:line: reason.

Checked:
  - inside model/, a file of folder F includes only F itself and the folders allowed below it;
  - model/import/parsers/ includes only itself, domain/ and store/ (never an importer);
  - nothing in model/ includes a views/ or app/ header or a Qt Widgets header;
  - nothing in views/ includes an app/ header.

Run by the test suite (ctest test "layers"). Usage:
  scripts/check-layers.py [--qt-include DIR[:DIR...]] [ROOT]
--qt-include names Qt's include folders (the one ending in QtWidgets is used); without it the
usual system places are searched. The headers Qt Widgets ships are read from that folder, so a
new widget class is caught without editing this script.
"""
import argparse
import glob
import os
import re
import sys

# Bottom up; each folder may include itself and the folders listed for it.
LOWER = {
    "domain": [],
    "store": ["domain"],
    "import": ["domain", "store"],
    "analysis": ["domain", "store"],
    "document": ["domain", "store", "import", "analysis"],
    "search": ["domain", "store", "import", "analysis", "document"],
    "commands": ["domain", "store", "import", "analysis", "document", "search"],
    "items": ["domain", "store", "import", "analysis", "document", "search", "commands"],
}
LOWER["export"] = LOWER["items"] + ["items"]
LOWER["archive"] = LOWER["export"] + ["export"]

# The parsers importers share sit below every importer: they reach the value types, the store
# and each other, never an importer.
PARSERS = os.path.join("import", "parsers")
PARSERS_MAY_INCLUDE = ["domain", "store", PARSERS]

QUOTED = re.compile(r'\s*#\s*include\s*"([^"]+)"')
ANGLED = re.compile(r"\s*#\s*include\s*<([^>]+)>")
SOURCE_SUFFIXES = (".h", ".cpp", ".inc")


def find_widgets_dir(qt_include):
    candidates = []
    if qt_include:
        candidates += [d for d in qt_include.split(":") if d]
    candidates += glob.glob("/usr/include/*/qt6/QtWidgets") + glob.glob("/usr/include/qt6/QtWidgets")
    for d in candidates:
        if os.path.basename(os.path.normpath(d)) == "QtWidgets" and os.path.isdir(d):
            return d
    return None


def widget_headers(widgets_dir):
    # Class headers (QWidget, QDialog, ...) and the module's lower-case ones (qwidget.h, ...).
    return set(os.listdir(widgets_dir))


def source_files(root, top):
    for dirpath, _, files in os.walk(os.path.join(root, top)):
        for f in sorted(files):
            if f.endswith(SOURCE_SUFFIXES):
                yield os.path.join(dirpath, f)


def resolve(root, including_file, name):
    """Where the compiler would find a quoted include: the including file's folder first, then
    the include roots of the model, views and app targets. None when it is none of ours."""
    bases = [os.path.dirname(including_file), os.path.join(root, "model"), os.path.join(root, "views")]
    bases += sorted(glob.glob(os.path.join(root, "app", "*"))) + [os.path.join(root, "app")]
    for base in bases:
        path = os.path.normpath(os.path.join(base, name))
        if os.path.isfile(path):
            return os.path.relpath(path, root)
    return None


def model_folder(rel):
    """For model/<folder>/..., the layer the file belongs to ("import/parsers" for the parsers)."""
    parts = rel.split(os.sep)
    if len(parts) < 3 or parts[0] != "model":
        return None
    if parts[1] == "import" and len(parts) > 3 and parts[2] == "parsers":
        return PARSERS
    return parts[1]


def check_model_include(rel_file, folder, name, target):
    top = name.split("/", 1)[0]
    if target is None:
        if top in ("views", "app"):
            return "model/ includes a %s/ header (%s)" % (top, name)
        return None
    target_top = target.split(os.sep, 1)[0]
    if target_top in ("views", "app"):
        return "model/ includes a %s/ header (%s)" % (target_top, target)
    target_folder = model_folder(target)
    if target_folder is None:
        return None
    if folder == PARSERS:
        if target_folder not in PARSERS_MAY_INCLUDE:
            return "import/parsers/ includes %s (only domain/, store/ and parsers/ itself)" % target
        return None
    own = "import" if target_folder == PARSERS else target_folder
    if own != folder and own not in LOWER.get(folder, []):
        return "%s/ includes %s, a layer above it" % (folder, target)
    return None


def check(root, widgets):
    problems = []
    for path in source_files(root, "model"):
        rel = os.path.relpath(path, root)
        folder = model_folder(rel)
        for n, line in enumerate(open(path, encoding="utf-8"), 1):
            m = QUOTED.match(line)
            if m:
                why = None
                if folder in LOWER or folder == PARSERS:
                    why = check_model_include(rel, folder, m.group(1), resolve(root, path, m.group(1)))
                if why:
                    problems.append("%s:%d: %s" % (rel, n, why))
                continue
            m = ANGLED.match(line)
            if m:
                name = m.group(1)
                if name.split("/", 1)[0] == "QtWidgets" or name in widgets:
                    problems.append("%s:%d: model/ includes the Qt Widgets header <%s>" % (rel, n, name))
    for path in source_files(root, "views"):
        rel = os.path.relpath(path, root)
        for n, line in enumerate(open(path, encoding="utf-8"), 1):
            m = QUOTED.match(line)
            if not m:
                continue
            target = resolve(root, path, m.group(1))
            if (target or m.group(1)).split(os.sep, 1)[0].split("/", 1)[0] == "app":
                problems.append("%s:%d: views/ includes an app/ header (%s)" % (rel, n, target or m.group(1)))
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--qt-include", help="Qt include folders, ':'-separated")
    parser.add_argument("root", nargs="?", default=os.path.join(os.path.dirname(__file__), ".."))
    args = parser.parse_args()
    root = os.path.normpath(args.root)
    widgets_dir = find_widgets_dir(args.qt_include)
    if widgets_dir is None:
        # Without the list the widget check would pass silently: refuse instead.
        print("check-layers: no QtWidgets include folder found (pass --qt-include)", file=sys.stderr)
        return 2
    problems = check(root, widget_headers(widgets_dir))
    for p in problems:
        print(p)
    if problems:
        print("check-layers: %d include(s) run up a layer (docs/architecture.md)" % len(problems),
              file=sys.stderr)
        return 1
    print("check-layers: model/ and views/ include only their own layer and those below")
    return 0


if __name__ == "__main__":
    sys.exit(main())
