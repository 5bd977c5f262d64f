#!/usr/bin/env bash
# Builds Faultless with AddressSanitizer + UndefinedBehaviorSanitizer (gcc, FAULTLESS_SANITIZE=ON)
# in build-asan and runs the whole Qt Test suite under it. Any sanitizer report fails the test
# that triggered it (halt_on_error), so a green run means no memory error, no undefined behaviour
# and no leak was seen on any path the tests take.
#
#   scripts/run-sanitized-tests.sh            configure, build, run every test
#   scripts/run-sanitized-tests.sh -R REGEX   run only the tests whose names match (ctest -R)
#
# Environment: JOBS (default: number of cores), BUILD_DIR (default: build-asan), TARGETS (build
# only these targets instead of everything).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
BUILD_DIR=${BUILD_DIR:-$ROOT/build-asan}
JOBS=${JOBS:-$(nproc)}

./scripts/install-deps.sh

start=$(date +%s)
nice -n 10 cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DFAULTLESS_SANITIZE=ON -DFAULTLESS_BUILD_BENCH=OFF >/dev/null
# TARGETS (default: everything) limits the build, e.g. to the tests a ctest -R selects.
# shellcheck disable=SC2086
nice -n 10 cmake --build "$BUILD_DIR" --parallel "$JOBS" ${TARGETS:+--target $TARGETS}
built=$(date +%s)

# The sanitizer options (halt_on_error for ASan and UBSan, leak detection on) and the LeakSanitizer
# suppressions (tests/sanitizers/lsan.supp: system-library leaks only, each entry explained) are
# set on every test by tests/CMakeLists.txt, so a plain ctest in the build directory runs the same
# way; to run one test binary by hand, copy them from there (`ctest -R NAME -V` prints them too).
status=0
nice -n 10 ctest --test-dir "$BUILD_DIR" --output-on-failure --timeout 1800 --parallel "$JOBS" "$@" || status=$?
done_at=$(date +%s)
echo "sanitized build: $((built - start)) s; tests: $((done_at - built)) s"
exit $status
