#!/usr/bin/env bash
# Installs what is missing (Debian 12 packages), builds Faultless and opens the bundled demo review.
# Extra arguments go to the app (e.g. a review file instead of --demo).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build --parallel "$(nproc)" --target faultless faultless-cli
if [ $# -gt 0 ]; then
    exec ./build/app/faultless "$@"
fi
exec ./build/app/faultless --demo
