#!/usr/bin/env bash
# Writes a large report for the peak-memory check: the example report's text repeated until
# the file reaches SIZE_MB megabytes (each copy is the whole report: title, sections, 13
# projects with their funds and indicators).
# Usage: bench/make-large-report.sh [OUT] [SIZE_MB]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-/tmp/jixiao-large-report.txt}
size_mb=${2:-50}
src=tests/fixtures/reports/qiannan-natural-resources-2022.txt
target=$((size_mb * 1000 * 1000))
copy=$(stat -c %s "$src")
copies=$(((target + copy - 1) / copy))
: >"$out"
for _ in $(seq "$copies"); do cat "$src"; done >>"$out"
echo "$out: $copies copies of $src, $(stat -c %s "$out") bytes"
