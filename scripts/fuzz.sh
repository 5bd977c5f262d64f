#!/usr/bin/env bash
# Runs every libFuzzer target of Faultless for a bounded time and prints, per target, how many
# inputs were executed and how many crashes (memory errors, undefined behaviour, aborts, hangs,
# out-of-memory) were found. See docs/reliability.md.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]
#     SECONDS  time per target (default 60)
#     TARGET   reviewopen, jsonscanner (the JSON fast path against simdjson), timestamps (the time parsers), yaml (the YAML reader), restore (archives restored), pgcopy (COPY lines from a team server),
#              detect, or an importer id (default: all of them; `FAULTLESS_FUZZ_LIST=1
#              build-fuzz/fuzz/fuzz_importer` prints the importer ids)
#
# Environment: BUILD_DIR (default build-fuzz); FAULTLESS_SAMPLES (seed folder, default tests/data/samples); FUZZ_TIMEOUT seconds of wall time after which one
# input counts as a hang (default 30: on a loaded 2-core machine a sanitized run of a large seed
# such as the Slack zip fixture took 17 s of wall time for 2.4 s of CPU); NO_BUILD=1 runs the binaries as they are (while
# others keep editing the tree, a rebuild first can take long). Corpora grow in $BUILD_DIR/corpus/<target> between
# runs; crashing inputs land in $BUILD_DIR/artifacts/<target>/ (replay one with
# `$BUILD_DIR/fuzz/fuzz_importer_<id> FILE`). Exit status 1 when any target crashed.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
SECONDS_PER_TARGET=${1:-60}
shift || true
BUILD_DIR=${BUILD_DIR:-$ROOT/build-fuzz}
SAMPLES=${FAULTLESS_SAMPLES:-$ROOT/tests/data/samples}
export CCACHE_NOHASHDIR=true

if [ ! -f "$BUILD_DIR/build.ninja" ]; then
    nice -n 10 cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DFAULTLESS_WARNINGS_AS_ERRORS=OFF \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFAULTLESS_FUZZ=ON -DFAULTLESS_BUILD_TESTS=OFF \
        -DFAULTLESS_BUILD_BENCH=OFF >/dev/null
fi
if [ "${NO_BUILD:-0}" != 1 ]; then
    nice -n 10 ninja -C "$BUILD_DIR" fuzz_importer fuzz_reviewopen fuzz_jsonscanner fuzz_timestamps fuzz_yaml fuzz_restore fuzz_pgcopy faultless-cli >/dev/null
fi

FUZZ_DIR="$BUILD_DIR/fuzz"
# Qt's warnings about odd input would only slow the fuzzer down; sanitizer reports still print.
export QT_LOGGING_RULES="*=false"
export ASAN_OPTIONS="detect_leaks=1:allocator_may_return_null=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"

# Seeds: the real third-party samples and our fixtures, plus gzip-compressed copies of a few so
# the inflater path is covered from the start. Shared by every importer target: an importer that
# is shown another format's file is exactly the hostile case we want.
SEEDS="$BUILD_DIR/seeds"
rm -rf "$SEEDS"
mkdir -p "$SEEDS/importer" "$SEEDS/reviewopen"
# The samples sit under tests/data unless FAULTLESS_SAMPLES names another folder: seed each file once.
seed_dirs=("$ROOT/tests/data")
case "$SAMPLES" in "$ROOT/tests/data"/*) ;; *) seed_dirs+=("$SAMPLES") ;; esac
n=0
while IFS= read -r -d '' f; do
    n=$((n + 1))
    cp "$f" "$SEEDS/importer/$n-$(basename "$f")"
    if [ $((n % 5)) -eq 0 ]; then gzip -c "$f" >"$SEEDS/importer/$n-$(basename "$f").gz"; fi
done < <(find "${seed_dirs[@]}" -type f -size -256k ! -name SOURCE.txt ! -name README.md ! -path '*/LICENSES/*' ! -name '*.faultless' -print0 2>/dev/null)

# YAML: the Litmus results and any other YAML fixture.
mkdir -p "$SEEDS/yaml"
find "$ROOT/tests/data" -name '*.yaml' -size -256k -exec cp {} "$SEEDS/yaml/" \; 2>/dev/null || true

# Time stamps at and past the ends of the supported range, in the forms the parsers read.
mkdir -p "$SEEDS/pgcopy"
printf '1\t\\\\x0a1b\t\\N\tab\\tc\\nd' >"$SEEDS/pgcopy/row"
printf '\\b\\f\\v\\101\\x42\\' >"$SEEDS/pgcopy/escapes"
mkdir -p "$SEEDS/timestamps"
i=0
for stamp in '2024-05-01T12:34:56.000406Z' '9999-12-31T23:59:59.999999Z' '0001-01-01T00:00:00+01:00' \
    '2024-05-01T12:00:00-24:00' '2024-05-01 12:00:00 +99:99' '9223372036854775807' '-9223372036854775808' \
    '9999999999999999999' '1700000000.123456' '20/Jul/2009:22:59:26 +0200' 'Feb 29 23:59:60.999999' \
    '[2024/05/01 10:00:00] x'; do
    i=$((i + 1)); printf '%s' "$stamp" >"$SEEDS/timestamps/$i"
done

# Review documents: an empty one, one with an imported log, one from an old schema version if
# the tests left one behind, and any fixture documents.
CLI="$BUILD_DIR/app/faultless-cli"
tmpdoc=$(mktemp -d)
"$CLI" new "$tmpdoc/empty.faultless" --title "Empty" >/dev/null 2>&1 || true
"$CLI" new "$tmpdoc/logs.faultless" --title "Checkout outage" --tz Europe/Berlin >/dev/null 2>&1 || true
for s in "$SAMPLES/logfmt/lnav-test-logfile_logfmt.0" "$SAMPLES/jsonl-logs/lnav-test-logfile_json.json"; do
    [ -f "$s" ] && "$CLI" import "$tmpdoc/logs.faultless" "$s" >/dev/null 2>&1 || true
done
for d in "$tmpdoc"/*.faultless; do [ -f "$d" ] && cp "$d" "$SEEDS/reviewopen/"; done
# Archives to restore: one of the review with a log, one of the empty review.
mkdir -p "$SEEDS/restore"
"$CLI" archive "$tmpdoc/logs.faultless" --output "$SEEDS/restore/logs.zip" >/dev/null 2>&1 || true
"$CLI" archive "$tmpdoc/empty.faultless" --output "$SEEDS/restore/empty.zip" >/dev/null 2>&1 || true
find "$ROOT/tests/data" -name '*.faultless' -size -1M -exec cp {} "$SEEDS/reviewopen/" \; 2>/dev/null || true
rm -rf "$tmpdoc"

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(reviewopen jsonscanner timestamps yaml restore pgcopy detect)
    while IFS= read -r id; do targets+=("$id"); done < <(FAULTLESS_FUZZ_LIST=1 "$FUZZ_DIR/fuzz_importer")
fi

total_crashes=0
printf '%-22s %12s %8s %s\n' target executions crashes artifacts >"$BUILD_DIR/fuzz-summary.txt"
for t in "${targets[@]}"; do
    if [ "$t" = reviewopen ]; then
        bin="$FUZZ_DIR/fuzz_reviewopen"; seeds="$SEEDS/reviewopen"; maxlen=1048576
    elif [ "$t" = jsonscanner ]; then
        bin="$FUZZ_DIR/fuzz_jsonscanner"; seeds="$SEEDS/importer"; maxlen=262144
    elif [ "$t" = timestamps ]; then
        # Time stamps are short: small inputs keep the runs on the parsers' corner cases.
        bin="$FUZZ_DIR/fuzz_timestamps"; seeds="$SEEDS/timestamps"; maxlen=64
    elif [ "$t" = yaml ]; then
        bin="$FUZZ_DIR/fuzz_yaml"; seeds="$SEEDS/yaml"; maxlen=262144
    elif [ "$t" = pgcopy ]; then
        # Lines as a server sends them; the seeds are lines of COPY text and odd escapes.
        bin="$FUZZ_DIR/fuzz_pgcopy"; seeds="$SEEDS/pgcopy"; maxlen=4096
    elif [ "$t" = restore ]; then
        bin="$FUZZ_DIR/fuzz_restore"; seeds="$SEEDS/restore"; maxlen=1048576
    else
        bin="$FUZZ_DIR/fuzz_importer_$t"; seeds="$SEEDS/importer"; maxlen=262144
        ln -sf fuzz_importer "$bin"
    fi
    corpus="$BUILD_DIR/corpus/$t"; artifacts="$BUILD_DIR/artifacts/$t"
    mkdir -p "$corpus" "$artifacts"
    # crash-, leak-, timeout- and oom- files are findings; slow-unit- files (an input that took
    # over 10 s, usually because the machine was busy) are kept for a look but not counted.
    count_findings() { find "$artifacts" -type f ! -name 'slow-unit-*' | wc -l; }
    before=$(count_findings)
    log="$BUILD_DIR/fuzz-$t.log"
    # One in-process libFuzzer run at a time (fork mode re-initialised Qt and re-read the corpus
    # for every job: 1-2 executions a second here, against hundreds in process). A run stops at
    # its first finding (saved in $artifacts), so the loop starts a new one for the time left;
    # executions are summed over the runs. At most 20 restarts: a bug found again and again
    # has made its point.
    : >"$log"
    execs=0
    runlog=$(mktemp)
    extra=("$seeds")
    deadline=$(( $(date +%s) + SECONDS_PER_TARGET ))
    for restart in $(seq 0 20); do
        left=$(( deadline - $(date +%s) ))
        [ "$left" -gt 0 ] || break
        nice -n 10 "$bin" "$corpus" "${extra[@]}" -max_total_time="$left" -max_len="$maxlen" \
            -timeout="${FUZZ_TIMEOUT:-30}" -rss_limit_mb=2048 -artifact_prefix="$artifacts/" \
            -print_final_stats=1 >"$runlog" 2>&1 || true
        cat "$runlog" >>"$log"
        # The seeds are read once; later runs start from the corpus they grew.
        extra=()
        n=$(grep -aoE 'stat::number_of_executed_units: [0-9]+' "$runlog" | tail -1 | grep -oE '[0-9]+$' || true)
        # Without final stats (a run killed hard), the last "#N" progress line.
        [ -n "$n" ] || n=$(grep -aoE '^#[0-9]+' "$runlog" | tail -1 | tr -d '#' || true)
        execs=$(( execs + ${n:-0} ))
        echo "=== run $restart ended after ${n:-0} executions" >>"$log"
    done
    rm -f "$runlog"
    after=$(count_findings)
    crashes=$((after - before))
    total_crashes=$((total_crashes + crashes))
    printf '%-22s %12s %8s %s\n' "$t" "${execs:-0}" "$crashes" "$artifacts" | tee -a "$BUILD_DIR/fuzz-summary.txt"
done
echo "summary: $BUILD_DIR/fuzz-summary.txt; logs: $BUILD_DIR/fuzz-<target>.log"
[ "$total_crashes" -eq 0 ]
