#!/usr/bin/env python3
# put.py NAME REPO PATH COMMIT LICENCE MAXLINES < json-escaped text: writes files/NAME (first MAXLINES lines) and a SOURCES row
import sys, json
name, repo, path, commit, lic, maxlines = sys.argv[1:7]
text = json.loads('"' + sys.stdin.read().rstrip('\n') + '"')
lines = text.splitlines(keepends=True)
n = int(maxlines)
kept = lines[:n]
# a last line cut by the fetch window is dropped
open('files/' + name, 'w', newline='').write(''.join(kept))
note = 'whole' if len(kept) == len(lines) else 'first %d lines' % len(kept)
if len(sys.argv) > 7: note = sys.argv[7]
open('SOURCES.tsv', 'a').write('\t'.join([name, repo, path, commit, lic, note]) + '\n')
print(name, len(kept), 'lines', note)
