#!/usr/bin/env bash
# Converts every tests/corpus/tables/*.html to OUTDIR/<id>.docx and OUTDIR/<id>.pdf with
# LibreOffice headless: HTML -> DOCX (HTML tables become Word tables), then that DOCX -> PDF,
# so both outputs come from the same Writer document.
#
# Usage: tests/corpus/tables/convert.sh OUTDIR [INDIR]
#        INDIR: where the .html files are (default: this folder; the generated corpus passes its own)
# Environment: SOFFICE=/path/to/soffice (default: soffice or libreoffice from PATH)
#              SOFFICE_TIMEOUT=seconds per soffice run (default 600)
#              CONVERT_XLSX=1: also OUTDIR/<id>.xlsx, the page opened in Calc (its tables as a
#              sheet's cells, each paragraph a cell of its own), as a 自评表 kept in Excel
# Exit status: 0 when every file converted, 1 when a conversion failed, 2 on usage or setup errors.
set -euo pipefail

die() { echo "convert.sh: $1" >&2; exit "${2:-1}"; }

[ $# -eq 1 ] || [ $# -eq 2 ] || die "usage: $0 OUTDIR [INDIR]" 2
HERE=$(cd "${2:-$(dirname "${BASH_SOURCE[0]}")}" && pwd)
mkdir -p "$1" || die "cannot create output directory $1" 2
OUT=$(cd "$1" && pwd)

SOFFICE=${SOFFICE:-}
if [ -z "$SOFFICE" ]; then
  SOFFICE=$(command -v soffice || command -v libreoffice || true)
fi
[ -n "$SOFFICE" ] && [ -x "$SOFFICE" ] || die "LibreOffice (soffice) not found; install it, e.g. apt-get install -y libreoffice-writer-nogui fonts-noto-cjk, or set SOFFICE=/path/to/soffice" 2

shopt -s nullglob
HTMLS=("$HERE"/*.html)
[ ${#HTMLS[@]} -gt 0 ] || die "no .html files in $HERE" 2

# A private profile: works as root, and does not hand the job to (or wait for) another soffice.
PROFILE=$(mktemp -d "${TMPDIR:-/tmp}/corpus-tables-lo.XXXXXX")
trap 'rm -rf "$PROFILE"' EXIT
TIMEOUT=()
if command -v timeout >/dev/null; then TIMEOUT=(timeout "${SOFFICE_TIMEOUT:-600}"); fi

run_soffice() {
  ${TIMEOUT[@]+"${TIMEOUT[@]}"} "$SOFFICE" "-env:UserInstallation=file://$PROFILE" --headless --norestore \
    --nologo --nodefault --nolockcheck "$@" >"$PROFILE/log" 2>&1 || {
    rc=$?
    cat "$PROFILE/log" >&2
    die "soffice failed (exit $rc): $*"
  }
}

IDS=()
for html in "${HTMLS[@]}"; do
  id=$(basename "$html" .html)
  IDS+=("$id")
  rm -f "$OUT/$id.docx" "$OUT/$id.pdf"
done

# 1. HTML -> DOCX. The "HTML (StarWriter)" import filter opens the page as a Writer text
#    document (not Writer/Web), so its tables become real Word tables (<w:tbl>).
run_soffice --infilter="HTML (StarWriter)" --convert-to 'docx:MS Word 2007 XML' --outdir "$OUT" "${HTMLS[@]}"

failed=0
DOCXS=()
for id in "${IDS[@]}"; do
  if [ -s "$OUT/$id.docx" ]; then
    DOCXS+=("$OUT/$id.docx")
  else
    echo "convert.sh: $id.html -> $id.docx failed" >&2
    failed=1
  fi
done
[ ${#DOCXS[@]} -gt 0 ] || { cat "$PROFILE/log" >&2; die "no DOCX was produced"; }

# 2. DOCX -> PDF, from the DOCX just written.
run_soffice --convert-to 'pdf:writer_pdf_Export' --outdir "$OUT" "${DOCXS[@]}"

for id in "${IDS[@]}"; do
  [ -s "$OUT/$id.docx" ] || continue
  if [ ! -s "$OUT/$id.pdf" ]; then
    echo "convert.sh: $id.docx -> $id.pdf failed" >&2
    failed=1
  fi
  # A page with tables whose DOCX has no <w:tbl> lost them.
  if command -v unzip >/dev/null && grep -q '<table' "$HERE/$id.html" && ! unzip -p "$OUT/$id.docx" word/document.xml | grep -q '<w:tbl>'; then
    echo "convert.sh: $id.docx has no Word table (<w:tbl>)" >&2
    failed=1
  fi
done

# 3. HTML -> XLSX (optional): the page as a spreadsheet written by another program than Jixiao.
if [ "${CONVERT_XLSX:-0}" = 1 ]; then
  for id in "${IDS[@]}"; do rm -f "$OUT/$id.xlsx"; done
  run_soffice --infilter="HTML (StarCalc)" --convert-to 'xlsx:Calc Office Open XML' --outdir "$OUT" "${HTMLS[@]}"
  for id in "${IDS[@]}"; do
    [ -s "$OUT/$id.xlsx" ] || { echo "convert.sh: $id.html -> $id.xlsx failed" >&2; failed=1; }
  done
fi

if [ "$failed" -ne 0 ]; then
  cat "$PROFILE/log" >&2
  die "some conversions failed (output in $OUT)"
fi
echo "convert.sh: ${#IDS[@]} files -> $OUT/<id>.docx and $OUT/<id>.pdf${CONVERT_XLSX:+ and $OUT/<id>.xlsx}"
