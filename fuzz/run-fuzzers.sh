#!/bin/sh
# Builds the libFuzzer targets with clang and runs each reader's fuzzer for SECONDS (default 60)
# on a corpus seeded from tests/fixtures, and the web requests' fuzzer (fuzz_request) on the
# hand-written requests of fuzz/seeds/request with the tokens of fuzz/request.dict. Exits
# non-zero when a fuzzer finds a crash; the input is left in $BUILD/crashes/.
# Usage: fuzz/run-fuzzers.sh [SECONDS]
# Environment: JIXIAO_FUZZ_BUILD (build dir, default build-fuzz), JIXIAO_FUZZ_SOURCE (CMake
# source dir, default the repository root), JIXIAO_FUZZ_JOBS (ninja -j, default: the cores).
set -eu
seconds=${1:-60}
root=$(cd "$(dirname "$0")/.." && pwd)
source=${JIXIAO_FUZZ_SOURCE:-$root}
build=${JIXIAO_FUZZ_BUILD:-$root/build-fuzz}
fixtures="$root/tests/fixtures"

# A build already configured with the fuzz targets (scripts/test.sh's, which has the tests too)
# is used as it is.
if ! grep -qs '^JIXIAO_FUZZ:BOOL=ON' "$build/CMakeCache.txt"; then
  CC=clang CXX=clang++ cmake -S "$source" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DJIXIAO_FUZZ=ON -DJIXIAO_TESTS=OFF -DJIXIAO_BENCH=OFF >/dev/null
fi
ninja -C "$build" -j "${JIXIAO_FUZZ_JOBS:-$(nproc)}" fuzz_txt fuzz_docx fuzz_pdf fuzz_xlsx fuzz_report fuzz_request >/dev/null

# Font and drawing libraries keep process-lifetime caches (a request may render a PDF): the
# same suppressions as the sanitizer test build.
export LSAN_OPTIONS="suppressions=$root/tests/lsan.supp:print_suppressions=0"

mkdir -p "$build/crashes"
status=0
for reader in txt docx pdf xlsx report request; do
  corpus="$build/corpus/$reader"
  mkdir -p "$corpus"
  case $reader in
    txt|report) cp "$fixtures"/reports/*.txt "$fixtures"/generated/*.txt "$corpus"/ ;;
    docx) cp "$fixtures"/generated/*.docx "$fixtures"/generated/*.zip "$corpus"/ ;;
    pdf) cp "$fixtures"/generated/*.pdf "$corpus"/ ;;
    xlsx) cp "$fixtures"/generated/*.xlsx "$fixtures"/generated/*.zip "$corpus"/ ;;
    # A request can take a tenth of a second (an editor page under ASan), and libFuzzer replays
    # the whole corpus before the time limit counts: start from the seeds every time.
    request) rm -rf "$corpus" && mkdir -p "$corpus" && cp "$root"/fuzz/seeds/request/* "$corpus"/ ;;
  esac
  dict=
  [ -f "$root/fuzz/$reader.dict" ] && dict="-dict=$root/fuzz/$reader.dict"
  [ -d "$root/fuzz/regressions/$reader" ] && cp "$root/fuzz/regressions/$reader"/* "$corpus"/ 2>/dev/null || true
  echo "fuzz_$reader: ${seconds}s"
  if ! "$build/fuzz/fuzz_$reader" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2560 \
      -max_len=1048576 -artifact_prefix="$build/crashes/$reader-" -print_final_stats=1 \
      $dict "$corpus" >"$build/fuzz_$reader.log" 2>&1; then
    echo "fuzz_$reader FAILED, see $build/fuzz_$reader.log and $build/crashes/" >&2
    # What went wrong, and the input, where only this output is kept (a CI run's log): the
    # report from its first line, and each small crash input as base64 to replay with
    # `base64 -d > crash && build/fuzz/fuzz_$reader crash`.
    sed -n '/ERROR\|ALARM\|out-of-memory\|deadly signal\|fuzz_request:/,$p' "$build/fuzz_$reader.log" | head -n 80 >&2
    for crash in "$build/crashes/$reader-"*; do
      [ -f "$crash" ] && [ "$(wc -c <"$crash")" -le 4096 ] && { echo "input $crash (base64):" >&2; base64 "$crash" >&2; }
    done
    status=1
  fi
  grep -E "stat::number_of_executed_units|cov:" "$build/fuzz_$reader.log" | tail -2 || true
done
exit $status
