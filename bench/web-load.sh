#!/usr/bin/env bash
# Load benchmark of the web system with wrk: seeds a store of UNITS units × 1 year × 20 projects
# (bench/web_seed.cc, sessions with known tokens), starts `jixiao serve` on 127.0.0.1 and drives
# it with bench/web-load.lua: editor pages as each unit's user and as the reviewer, one project's
# form (the fragment an opened project fetches), the JSON of a year, and saves (PATCH) with each
# unit's revision tracked. Prints wrk's report and a summary
# line per run. Usage: bench/web-load.sh [sqlite|postgres]
# Environment: WEB_LOAD_SECONDS (per run, default 20), WEB_LOAD_CONNECTIONS (default 32),
# WEB_LOAD_UNITS (default 2000), WEB_LOAD_RUNS (default "page page-rev project json save"),
# WEB_LOAD_SERVER_THREADS (jixiao serve --threads, default as many as connections: cpp-httplib
# holds a thread per keep-alive connection; 0 leaves the server's default of 8 here),
# WEB_LOAD_WARM (default 1: read every editor page once before the runs),
# JIXIAO_BENCH_BUILD (default build-bench, a Release build), WEB_LOAD_JIXIAO (the program to
# serve, default the build's src/cli/jixiao, which is then built first: to compare an older build).
# postgres runs itself again under tests/pg/with-postgres.sh (a throw-away PostgreSQL 15).
set -euo pipefail
backend=${1:-sqlite}
root=$(cd "$(dirname "$0")/.." && pwd)
build=${JIXIAO_BENCH_BUILD:-$root/build-bench}
seconds=${WEB_LOAD_SECONDS:-20}
connections=${WEB_LOAD_CONNECTIONS:-32}
units=${WEB_LOAD_UNITS:-2000}
runs=${WEB_LOAD_RUNS:-page page-rev project json save}
threads=2
server_threads=${WEB_LOAD_SERVER_THREADS:-$connections}
year=2024
projects=20

case $backend in
  sqlite|postgres) ;;
  *) echo "usage: $0 [sqlite|postgres]" >&2; exit 2 ;;
esac

if [ "$backend" = postgres ] && [ -z "${JIXIAO_TEST_PG_URL:-}" ]; then
  exec "$root/tests/pg/with-postgres.sh" "$0" postgres
fi

if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" -eq 0 ]; then apt-get install -y wrk; else sudo apt-get install -y wrk; fi
fi

if [ -z "${WEB_LOAD_JIXIAO:-}" ] || [ ! -x "$build/bench/web_seed" ]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DJIXIAO_TESTS=OFF -DJIXIAO_BENCH=ON >/dev/null
  cmake --build "$build" -j "${JIXIAO_BENCH_JOBS:-1}" --target jixiao web_seed >/dev/null
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/jixiao-web-load.XXXXXX")
server=
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

if [ "$backend" = sqlite ]; then
  db="sqlite:$work/jixiao.sqlite"
  store=(--data "$work")
else
  db=$JIXIAO_TEST_PG_URL
  store=(--db "$db")
fi

echo "seeding $units units × 1 year × 20 projects ($backend)"
start=$(date +%s)
seeded=$("$build/bench/web_seed" "$db" "$units" "$projects" "$year")
read -r _ first last < <(echo "$seeded" | grep '^units')
echo "seeded units $first..$last in $(( $(date +%s) - start )) s"

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
jixiao=${WEB_LOAD_JIXIAO:-$build/src/cli/jixiao}
[ "$server_threads" -gt 0 ] && store+=(--threads "$server_threads")
"$jixiao" serve "${store[@]}" --host 127.0.0.1 --port "$port" >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 100); do
  curl -s -o /dev/null "http://127.0.0.1:$port/login" && break
  sleep 0.1
done

# A server that keeps each year's assessment and rendered editor body (c5974de, ad82814) serves a unit's
# first page in some 25 M instructions and the next ones in about 1 M: with WEB_LOAD_WARM=1
# (the default) every unit's editor page is read once as its user and once as the reviewer
# before the runs, so they measure the steady state rather than the filling of the caches.
if [ "${WEB_LOAD_WARM:-1}" = 1 ]; then
  start=$(date +%s)
  seq "$first" "$last" | xargs -P 4 -I{} sh -c \
    'curl -s -o /dev/null -H "Cookie: jixiao_session=$(printf a%063d {})" "$0/units/{}/years/$1";
     curl -s -o /dev/null -H "Cookie: jixiao_session=$2" "$0/units/{}/years/$1"' \
    "http://127.0.0.1:$port" "$year" "$(printf 'f%.0s' $(seq 64))"
  echo "warmed $units units' editor pages (unit user and reviewer) in $(( $(date +%s) - start )) s"
fi

# Each thread's own units for the saves: as many as it has connections.
pool=$(( connections / threads ))
url="http://127.0.0.1:$port"
echo "wrk: $threads threads, $connections connections, ${seconds}s per run; server threads ${server_threads/#0/default}; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
for run in $runs; do
  echo "== $backend $run"
  wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency -s "$root/bench/web-load.lua" "$url" \
    -- "$run" "$first" "$last" "$year" "$pool" "$projects"
done
