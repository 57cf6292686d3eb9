#!/usr/bin/env bash
# Checks that a change to the save path answers, stores and logs exactly what it did before:
# seeds one store with bench/web_seed, serves a copy of it with each of two `jixiao` binaries in
# turn, sends both the same reads and saves (field edits, a project added and removed, unknown
# fields, refusals, a stale revision), and compares the answers byte for byte (the seconds of
# `updated_at` and of a conflict's message aside), then the stored drafts and the audit log's rows (their time aside).
# The editor pages (as the unit's user and as the reviewer) and one project's form are read before
# the saves and after them, and compared too (the times on them aside, which the saves set).
# Usage: bench/web-same-answers.sh OLD_JIXIAO NEW_JIXIAO WEB_SEED [UNITS=4]
set -euo pipefail
old=${1:?usage: $0 OLD_JIXIAO NEW_JIXIAO WEB_SEED [UNITS]}
new=${2:?usage: $0 OLD_JIXIAO NEW_JIXIAO WEB_SEED [UNITS]}
seed=${3:?usage: $0 OLD_JIXIAO NEW_JIXIAO WEB_SEED [UNITS]}
units=${4:-4}
year=2024
work=$(mktemp -d "${TMPDIR:-/tmp}/jixiao-same-answers.XXXXXX")
server=
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  [ -n "${WEB_SAME_KEEP:-}" ] && echo "kept $work" && return
  rm -rf "$work"
}
trap cleanup EXIT

mkdir -p "$work/seed"
read -r _ first last < <("$seed" "sqlite:$work/seed/jixiao.sqlite" "$units" 20 "$year" | grep '^units')

token() { printf 'a%063d' "$1"; }
csrf() { printf 'c%063d' "$1"; }
reviewer="Cookie: jixiao_session=$(printf 'f%.0s' $(seq 64))"

# pages BASE U COOKIE: the editor page as the unit's user and as the reviewer, and project 1's form.
pages() {
  local page="$1/units/$2/years/$year"
  curl -s -w '\n%{http_code}\n' -H "$3" "$page"
  curl -s -w '\n%{http_code}\n' -H "$reviewer" "$page"
  curl -s -w '\n%{http_code}\n' -H "$3" -H "HX-Request: true" "$page/projects/1"
}

# run NAME JIXIAO: serves a copy of the seed, sends the requests, writes NAME/answers and NAME/store.
run() {
  local name=$1 jixiao=$2 port url u revision answer i
  mkdir -p "$work/$name"
  cp "$work/seed/jixiao.sqlite" "$work/$name/"
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  "$jixiao" serve --data "$work/$name" --host 127.0.0.1 --port "$port" >"$work/$name/serve.log" 2>&1 &
  server=$!
  for _ in $(seq 300); do
    curl -s -o /dev/null "http://127.0.0.1:$port/login" && break
    sleep 0.1
  done
  url="http://127.0.0.1:$port/api/units"
  : >"$work/$name/answers"
  : >"$work/$name/pages"
  for u in $(seq "$first" "$last"); do
    local cookie="Cookie: jixiao_session=$(token "$u")"
    pages "http://127.0.0.1:$port" "$u" "$cookie" >>"$work/$name/pages"
    answer=$(curl -s -H "$cookie" "$url/$u/years/$year")
    echo "$answer" >>"$work/$name/answers"
    revision=$(jq .revision <<<"$answer")
    local edits=(
      '[{"op":"replace","path":"/funds/shortfall_reason","value":"进度\"滞后\"\n\t\u0001 😀"}]'
      '[{"op":"replace","path":"/projects/3/executed","value":"12.34"},{"op":"replace","path":"/projects/3/indicators/0/actual","value":"7"}]'
      '[{"op":"add","path":"/projects/-","value":{"name":"新项目","executed":"1","x_note":{"n":1.0,"m":-0.0,"big":1e300}}}]'
      '[{"op":"replace","path":"/projects/0/budget/total","value":"一千元"},{"op":"replace","path":"/projects/1/name","value":7}]'
      '[{"op":"replace","path":"/projects/2/x_extra","value":[1,2.5,"三"]}]'
      '[{"op":"replace","path":"/projects/2/x_extra","value":[1.0,2.5,"三"]}]'
      '[{"op":"remove","path":"/projects/1"}]'
      '[{"op":"replace","path":"/internal","value":["/projects/0/implementation","/funds/shortfall_reason"]}]'
      '[{"op":"remove","path":"/projects/0"}]'
      '[{"op":"replace","path":"/internal","value":["/projects/0/budget/total"]}]'
      '[{"op":"replace","path":"/year","value":2023}]'
      '[{"op":"replace","path":"/funds/budget_total","value":"１２３"}]'
      '[{"op":"replace","path":"/nowhere/0/x","value":"1"}]'
    )
    for i in "${!edits[@]}"; do
      answer=$(curl -s -w '\n%{http_code}' -X PATCH -H "$cookie" -H "X-CSRF-Token: $(csrf "$u")" \
        -H "Content-Type: application/json" --data "{\"revision\":$revision,\"edits\":${edits[$i]}}" "$url/$u/years/$year")
      echo "$answer" >>"$work/$name/answers"
      if [ "$(tail -n1 <<<"$answer")" = 200 ]; then revision=$(head -n -1 <<<"$answer" | jq .revision); fi
    done
    # A stale revision, then the year as read afterwards (from the cache the saves filled).
    curl -s -w '\n%{http_code}' -X PATCH -H "$cookie" -H "X-CSRF-Token: $(csrf "$u")" -H "Content-Type: application/json" \
      --data '{"revision":1,"edits":[{"op":"replace","path":"/funds/shortfall_reason","value":"x"}]}' \
      "$url/$u/years/$year" >>"$work/$name/answers"
    echo >>"$work/$name/answers"
    curl -s -H "$cookie" "$url/$u/years/$year" >>"$work/$name/answers"
    echo >>"$work/$name/answers"
    pages "http://127.0.0.1:$port" "$u" "$cookie" >>"$work/$name/pages"
  done
  kill "$server"
  wait "$server" 2>/dev/null || true
  server=
  sed -i -E -e 's/"updated_at":[0-9]+/"updated_at":0/g' -e 's/于 [0-9-]+ [0-9:]+ 修改/于 （时刻） 修改/g' "$work/$name/answers"
  sed -i -E -e 's/[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}(:[0-9]{2})?/（时刻）/g' "$work/$name/pages"
  python3 - "$work/$name/jixiao.sqlite" >"$work/$name/store" <<'EOF'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
for row in db.execute("SELECT unit_id, year, status, document, explanations, revision, updated_by FROM drafts ORDER BY unit_id, year"):
    print(repr(row))
for row in db.execute('SELECT id, actor, address, action, target, "before", "after" FROM audit_log ORDER BY id'):
    print(repr(row))
EOF
}

run old "$old"
run new "$new"
status=0
for part in answers pages store; do
  if cmp -s "$work/old/$part" "$work/new/$part"; then
    echo "$part: same ($(wc -c <"$work/new/$part") bytes)"
  else
    echo "$part: DIFFER"
    diff <(fold -w 200 "$work/old/$part") <(fold -w 200 "$work/new/$part") | head -20
    status=1
  fi
done
exit $status
