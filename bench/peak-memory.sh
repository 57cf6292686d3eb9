#!/usr/bin/env bash
# Peak memory (maximum resident set size) and wall time of `jixiao extract` on a large
# report made by bench/make-large-report.sh. Needs GNU time (apt-get install time).
# Usage: bench/peak-memory.sh [JIXIAO] [SIZE_MB]
set -euo pipefail
cd "$(dirname "$0")/.."
jixiao=${1:-build-bench/src/cli/jixiao}
size_mb=${2:-50}
report=/tmp/jixiao-large-report-${size_mb}mb.txt
[ -s "$report" ] || bench/make-large-report.sh "$report" "$size_mb"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
/usr/bin/time -v -o "$log" "$jixiao" extract "$report" >/dev/null 2>&1 || true
grep -E 'Maximum resident set size|Elapsed \(wall clock\)|Exit status' "$log"
