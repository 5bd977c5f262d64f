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

# Leaks inside system libraries that Faultless cannot free (fontconfig's caches, the dynamic
# loader's plugin handles) are not ours to fix; everything else is reported.
SUPP="$BUILD_DIR/lsan.supp"
cat >"$SUPP" <<'SUPPRESSIONS'
leak:libfontconfig.so
leak:libdbus-1.so
leak:libglib-2.0.so
leak:libgobject-2.0.so
leak:libxkbcommon.so
leak:libEGL
leak:libGLX
leak:libnvidia
leak:dlopen
leak:_dl_
SUPPRESSIONS

export ASAN_OPTIONS="halt_on_error=1:abort_on_error=0:detect_leaks=1:detect_stack_use_after_return=0:strict_string_checks=0:check_initialization_order=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export LSAN_OPTIONS="suppressions=$SUPP:print_suppressions=0"
export QT_QPA_PLATFORM=offscreen

status=0
nice -n 10 ctest --test-dir "$BUILD_DIR" --output-on-failure --timeout 1800 --parallel "$JOBS" "$@" || status=$?
done_at=$(date +%s)
echo "sanitized build: $((built - start)) s; tests: $((done_at - built)) s"
exit $status
