#!/usr/bin/env bash
# Fails when any C++ file of the project differs from what .clang-format makes of it, listing the
# files; `scripts/check-format.sh --fix` rewrites them instead. Run by the test suite (ctest test
# "format"), so the README's test command checks the formatting too.
set -euo pipefail
cd "$(dirname "$0")/.."
CLANG_FORMAT="${CLANG_FORMAT:-clang-format}"
if ! command -v "$CLANG_FORMAT" >/dev/null; then
    echo "check-format: $CLANG_FORMAT not found (scripts/install-deps.sh installs clang-format)" >&2
    exit 1
fi
mapfile -t files < <(find app model views tests fuzz -type f \( -name '*.cpp' -o -name '*.h' \) \
    -not -path '*/data/*' | sort)
if [ "${1:-}" = "--fix" ]; then
    "$CLANG_FORMAT" -i "${files[@]}"
    exit 0
fi
bad=()
for f in "${files[@]}"; do
    "$CLANG_FORMAT" --dry-run -Werror "$f" >/dev/null 2>&1 || bad+=("$f")
done
if [ ${#bad[@]} -gt 0 ]; then
    echo "check-format: ${#bad[@]} file(s) differ from .clang-format (scripts/check-format.sh --fix):" >&2
    printf '  %s\n' "${bad[@]}" >&2
    exit 1
fi
echo "check-format: ${#files[@]} files formatted as .clang-format says"
