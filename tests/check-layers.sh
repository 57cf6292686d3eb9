#!/usr/bin/env bash
# Usage: check-layers.sh [SRC_DIR]. Fails when an #include points the wrong way between the src/ layers of docs/DESIGN.md:
# base <- core <- rules <- {format, ingest, render, store} <- service <- {server, cli} <- app (main).
# Siblings never include each other; server and cli include only service and base (tests may
# use format/ to read golden documents, and the store's test fixture).
set -u
cd "${1:-$(dirname "$0")/../src}" || exit 2
declare -A allowed=(
  [base]="base"
  [core]="base core"
  [rules]="base core rules"
  [format]="base core rules format"
  [ingest]="base core rules ingest"
  [render]="base core rules render"
  [store]="base core rules store"
  [service]="base core rules format ingest render store service"
  [server]="base service server"
  [cli]="base service cli"
  [app]="base cli server app"
)
status=0
for dir in */; do
  layer=${dir%/}
  ok=${allowed[$layer]:-}
  if [ -z "$ok" ]; then echo "unknown layer src/$layer: add it to tests/check-layers.sh"; status=1; continue; fi
  while IFS=: read -r file line include; do
    target=$(sed -E 's/.*#include "([a-z_]+)\/.*/\1/' <<<"$include")
    allowed_here=" $ok "
    # Tests and test helpers may also use the JSON codecs to compare with golden documents.
    [[ $file == *_test.cc || $file == */testing/* ]] && allowed_here+="format "
    # ... and the store's test fixture (a fresh SQLite file or PostgreSQL schema per case).
    [[ ($file == *_test.cc || $file == */testing/*) && $include == *'"store/repository_fixture.h"'* ]] &&
      allowed_here+="store "
    if [[ "$allowed_here" != *" $target "* ]]; then
      echo "src/$file:$line: $layer may not include $target ($include)"; status=1
    fi
  done < <(grep -rnE '^#include "[a-z_]+/' "$layer" | sed -E 's/^([^:]+):([0-9]+):/\1:\2:/')
done
# Inside ingest the readers come first: read/ never includes the parser.
while IFS=: read -r file line include; do
  echo "src/$file:$line: ingest/read may not include ingest/parse ($include)"; status=1
done < <(grep -rnE '^#include "ingest/parse/' ingest/read 2>/dev/null)
[ $status -eq 0 ] && echo "layers ok"
exit $status
