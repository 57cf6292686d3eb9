#!/usr/bin/env bash
# Instructions per request of the web system, whatever the machine's load: seeds a small store
# with bench/web_seed (UNITS units × 20 projects, the documents of bench/web-load.sh), serves it
# with `jixiao serve` under callgrind, sends COUNT requests of each kind with curl, one at a time,
# then prints each route handler's inclusive instructions per call (bench/callgrind-per-call.py).
# Kinds: the editor page (as the unit's user), one project's form (the htmx fragment), the
# year's JSON, and a save (PATCH, then the new view as JSON).
# Usage: bench/web-callgrind.sh JIXIAO WEB_SEED [UNITS=20] [COUNT=10]
# WEB_CALLGRIND_WARM=1 first reads every unit's editor page once and then zeroes the counts, so
# the figures are those of a warm year cache (as in the load test, whose 2,000 units all fit);
# without it each unit's first read assesses its draft (and an older build has no cache).
# WEB_CALLGRIND_OUT=FILE keeps the profile (callgrind_annotate --inclusive=yes FILE).
# WEB_CALLGRIND_PAGES=1 sends only the editor pages (COUNT of them) and also prints the server
# threads' instructions per page, the whole request (reading it, session, store, writing the answer).
# WEB_CALLGRIND_REVIEWER=1 reads the editor pages as the reviewer (token 64 × "f") instead of
# as each unit's user (the other kinds stay the unit user's), and warms them as the reviewer too.
set -euo pipefail
jixiao=${1:?usage: $0 JIXIAO WEB_SEED [UNITS] [COUNT]}
seed=${2:?usage: $0 JIXIAO WEB_SEED [UNITS] [COUNT]}
units=${3:-20}
count=${4:-10}
root=$(cd "$(dirname "$0")/.." && pwd)
year=2024
work=$(mktemp -d "${TMPDIR:-/tmp}/jixiao-web-callgrind.XXXXXX")
server=
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

read -r _ first last < <("$seed" "sqlite:$work/jixiao.sqlite" "$units" 20 "$year" | grep '^units')
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
valgrind --tool=callgrind --callgrind-out-file="$work/cg.out" "$jixiao" serve --data "$work" \
  --host 127.0.0.1 --port "$port" --threads 2 >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 600); do
  curl -s -o /dev/null "http://127.0.0.1:$port/login" && break
  sleep 0.2
done

url="http://127.0.0.1:$port"
token() { printf 'a%063d' "$1"; }
csrf() { printf 'c%063d' "$1"; }
reviewer="Cookie: jixiao_session=$(printf 'f%.0s' $(seq 64))"
if [ "${WEB_CALLGRIND_WARM:-0}" = 1 ]; then
  for u in $(seq "$first" "$last"); do
    curl -s -o /dev/null -H "Cookie: jixiao_session=$(token "$u")" "$url/units/$u/years/$year"
    [ "${WEB_CALLGRIND_REVIEWER:-0}" = 1 ] && curl -s -o /dev/null -H "$reviewer" "$url/units/$u/years/$year"
  done
  callgrind_control -z "$server" >/dev/null
fi
for i in $(seq 0 $((count - 1))); do
  u=$(( first + i % units ))
  cookie="Cookie: jixiao_session=$(token "$u")"
  page_cookie=$cookie
  [ "${WEB_CALLGRIND_REVIEWER:-0}" = 1 ] && page_cookie=$reviewer
  curl -s -o /dev/null -H "$page_cookie" "$url/units/$u/years/$year"
  [ "${WEB_CALLGRIND_PAGES:-0}" = 1 ] && continue
  curl -s -o /dev/null -H "$cookie" -H "HX-Request: true" "$url/units/$u/years/$year/projects/$(( i % 20 ))"
  revision=$(curl -s -H "$cookie" "$url/api/units/$u/years/$year" | jq .revision)
  curl -s -o /dev/null -X PATCH -H "$cookie" -H "X-CSRF-Token: $(csrf "$u")" -H "Content-Type: application/json" \
    --data "{\"revision\":$revision,\"edits\":[{\"op\":\"replace\",\"path\":\"/funds/shortfall_reason\",\"value\":\"压测保存 $revision\"}]}" \
    "$url/api/units/$u/years/$year"
done
kill "$server"
wait "$server" 2>/dev/null || true
server=
[ -n "${WEB_CALLGRIND_OUT:-}" ] && cp "$work/cg.out" "$WEB_CALLGRIND_OUT"
if [ "${WEB_CALLGRIND_PAGES:-0}" = 1 ]; then
  callgrind_annotate --inclusive=yes "$work/cg.out" | awk -v n="$count" '/pthread_create.c:start_thread/ && !done {
    gsub(",", "", $1); printf "%14.0f Ir/page   server threads, whole request (%d pages)\n", $1 / n, n; done = 1 }'
fi
"$root/bench/callgrind-per-call.py" "$work/cg.out" \
  "jixiao::(anonymous namespace)::EditorPage(" "jixiao::(anonymous namespace)::ProjectPage(" \
  "jixiao::(anonymous namespace)::GetYear(" "jixiao::(anonymous namespace)::PatchYear(" \
  "jixiao::Workspace::View(" "jixiao::Workspace::Save(" "jixiao::EditorModel(" "jixiao::Views::Render("
