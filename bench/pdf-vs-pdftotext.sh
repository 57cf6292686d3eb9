#!/usr/bin/env bash
# PDF reading speed against poppler's own pdftotext on the same file: N runs of each as whole
# processes (jixiao extract = read + parse + JSON; pdftotext -layout = text only).
# Usage: bench/pdf-vs-pdftotext.sh [JIXIAO] [PDF] [N]
set -euo pipefail
cd "$(dirname "$0")/.."
jixiao=${1:-build-bench/src/cli/jixiao}
pdf=${2:-tests/fixtures/generated/qiannan.pdf}
n=${3:-30}
time_runs() {  # prints seconds per run
  local start end
  start=$(date +%s%N)
  for _ in $(seq "$n"); do "$@" >/dev/null 2>&1 || true; done
  end=$(date +%s%N)
  awk -v s="$start" -v e="$end" -v n="$n" 'BEGIN { printf "%.4f", (e - s) / n / 1e9 }'
}
t_jixiao=$(time_runs "$jixiao" extract "$pdf")
t_plain=$(time_runs pdftotext "$pdf" -)
t_layout=$(time_runs pdftotext -layout "$pdf" -)
echo "file: $pdf ($n runs each)"
echo "jixiao extract:        ${t_jixiao} s/run"
echo "pdftotext:             ${t_plain} s/run"
echo "pdftotext -layout:     ${t_layout} s/run"
awk -v a="$t_jixiao" -v b="$t_plain" 'BEGIN { printf "ratio jixiao/pdftotext: %.2f\n", a / b }'
