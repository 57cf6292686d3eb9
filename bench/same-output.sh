#!/usr/bin/env bash
# Checks that a parser change reads exactly what it read before: runs two `jixiao extract`
# binaries on every report of tests/corpus and tests/fixtures (TXT, DOCX, PDF, XLSX) and
# compares their JSON and their messages byte for byte.
# Usage: bench/same-output.sh OLD_JIXIAO NEW_JIXIAO [FILES...]
set -euo pipefail
cd "$(dirname "$0")/.."
old=$1 new=$2
shift 2
if [ $# -eq 0 ]; then
  mapfile -t files < <(find tests/corpus tests/fixtures -type f \( -name '*.txt' -o -name '*.docx' -o -name '*.pdf' -o -name '*.xlsx' \) | sort)
else
  files=("$@")
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
differ=0
for f in "${files[@]}"; do
  "$old" extract "$f" >"$tmp/old.json" 2>"$tmp/old.err" || true
  "$new" extract "$f" >"$tmp/new.json" 2>"$tmp/new.err" || true
  if ! cmp -s "$tmp/old.json" "$tmp/new.json" || ! cmp -s "$tmp/old.err" "$tmp/new.err"; then
    echo "DIFFERS: $f"
    differ=$((differ + 1))
  fi
done
echo "${#files[@]} files, $differ differ"
[ "$differ" -eq 0 ]
