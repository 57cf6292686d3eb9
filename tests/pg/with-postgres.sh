#!/usr/bin/env bash
# Usage: with-postgres.sh CMD [ARGS...]
# Starts a throw-away PostgreSQL 15 server in a fresh temporary folder (Unix socket only, in
# that folder), creates the database jixiao_test, runs CMD with
# JIXIAO_TEST_PG_URL=postgresql:///jixiao_test?host=<folder>&user=<user>, then stops the server,
# removes the folder and exits with CMD's status. As root the server runs as `postgres`
# (initdb refuses root); otherwise as the current user. Where `postgres` cannot reach the
# binaries (a container whose / is private to root), root runs it in a user namespace that
# shows it as `postgres`: the server sees a non-root user, the kernel still sees root.
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: $0 CMD [ARGS...]" >&2; exit 2; }

bin=${PG_BIN:-/usr/lib/postgresql/15/bin}
[ -x "$bin/initdb" ] || { echo "with-postgres: $bin/initdb not found (install postgresql-15)" >&2; exit 1; }

dir=$(mktemp -d "${TMPDIR:-/tmp}/jixiao-pg.XXXXXX")
chmod 755 "$dir"
if [ "$(id -u)" -eq 0 ]; then
  user=postgres
  if runuser -u "$user" -- "$bin/initdb" --version >/dev/null 2>&1; then
    chown "$user" "$dir"
    as_db() { runuser -u "$user" -- "$@"; }
  else
    as_db() { unshare --user --map-user="$(id -u "$user")" --map-group="$(id -g "$user")" "$@"; }
  fi
else
  user=$(id -un)
  as_db() { "$@"; }
fi

cleanup() {
  as_db "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

as_db "$bin/initdb" -D "$dir/data" -U "$user" -A trust -E UTF8 --locale=C >"$dir/initdb.log" 2>&1 ||
  { cat "$dir/initdb.log" >&2; exit 1; }
# Throw-away data: no fsync, so creating a database per test case is quick.
as_db "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
  -o "-c listen_addresses='' -c unix_socket_directories='$dir' -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
  start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
as_db "$bin/createdb" -h "$dir" -U "$user" jixiao_test

export JIXIAO_TEST_PG_URL="postgresql:///jixiao_test?host=$dir&user=$user"
status=0
"$@" || status=$?
exit $status
