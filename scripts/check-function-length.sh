#!/usr/bin/env bash
# Fails when a production function (app/, model/, views/) is longer than the limit (150 lines,
# or the first argument), listing each with its length, file and line. Run by the test suite
# (ctest test "function-length"): a function that long no longer reads at once, so it is split
# into named steps instead (docs/architecture.md, "Conventions"). Function extents come from
# Universal Ctags, which scripts/install-deps.sh installs.
set -euo pipefail
cd "$(dirname "$0")/.."
limit="${1:-150}"
if ! command -v ctags >/dev/null || ! ctags --version 2>/dev/null | grep -q 'Universal Ctags'; then
    echo "check-function-length: Universal Ctags not found (scripts/install-deps.sh installs it)" >&2
    exit 1
fi
long=$(ctags -R --languages=C++ --kinds-C++=f --fields=+ne -x \
    --_xformat='%{end} %{line} %{name} %{input}' app model views |
    awk -v limit="$limit" '$1 != "" { n = $1 - $2 + 1; if (n > limit) printf "  %s:%s: %s is %d lines\n", $4, $2, $3, n }' |
    sort)
count=$(ctags -R --languages=C++ --kinds-C++=f -x --_xformat='%{name}' app model views | wc -l)
if [ "$count" -eq 0 ]; then
    echo "check-function-length: ctags found no functions in app/, model/ and views/" >&2
    exit 1
fi
if [ -n "$long" ]; then
    echo "check-function-length: functions over $limit lines (split them into named steps):" >&2
    echo "$long" >&2
    exit 1
fi
echo "check-function-length: all $count functions are $limit lines or shorter"
