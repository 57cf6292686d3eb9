#!/bin/sh
# Writes a prose generator's plain-text reports (tests/corpus/generator-X/generate.py) as office
# files: LibreOffice opens each text and saves it as DOCX and as PDF (a report typed or pasted into
# Word, then printed), beside its expected document; the texts themselves are removed, so that the
# directory measures reading the same reports through DOCX and PDF.
# Usage: prose-office.sh GENERATOR-LETTER OUT-DIR
set -eu
letter="$1"
out="$2"
here="$(cd "$(dirname "$0")" && pwd)"
rm -rf "$out"
python3 "$here/generator-$letter/generate.py" "$out" > /dev/null
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
for format in docx pdf; do
  soffice -env:UserInstallation="file://$profile" --headless --infilter="Text (encoded):UTF8,LF,,," \
    --convert-to "$format" --outdir "$out" "$out"/*.txt > /dev/null 2>&1
done
for text in "$out"/*.txt; do
  stem="${text%.txt}"
  [ -s "$stem.docx" ] && [ -s "$stem.pdf" ] || { echo "prose-office.sh: LibreOffice did not convert $text" >&2; exit 1; }
  rm "$text"
done
