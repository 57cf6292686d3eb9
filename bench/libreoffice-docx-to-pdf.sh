#!/usr/bin/env bash
# The yardstick for the writers: how long LibreOffice takes to turn our generated DOCX into a
# PDF (one soffice process per conversion, as a user would run it), beside jixiao writing the
# PDF itself. Usage: bench/libreoffice-docx-to-pdf.sh [JIXIAO] [N]
set -euo pipefail
cd "$(dirname "$0")/.."
jixiao=${1:-build-bench/src/cli/jixiao}
n=${2:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
example=tests/golden/qiannan-2022.evaluation.json
"$jixiao" report "$example" --format docx -o "$work/report.docx"
seconds() {  # average wall seconds of N runs of the command
  local start end
  start=$(date +%s%N)
  for _ in $(seq "$n"); do "$@" >/dev/null 2>&1; done
  end=$(date +%s%N)
  awk -v s="$start" -v e="$end" -v n="$n" 'BEGIN { printf "%.3f", (e - s) / n / 1e9 }'
}
lo=$(seconds soffice --headless "-env:UserInstallation=file://$work/profile" --convert-to pdf --outdir "$work" "$work/report.docx")
ours=$(seconds "$jixiao" report "$example" --format pdf -o "$work/ours.pdf")
echo "LibreOffice DOCX -> PDF: ${lo} s per conversion ($n runs)"
echo "jixiao report --format pdf (read JSON, score, audit, lay out, write): ${ours} s per run"
