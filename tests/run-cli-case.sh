#!/usr/bin/env bash
# One whole-program example: runs the jixiao CLI and checks its exit status, its standard
# output against a golden file, and a part of its standard error.
# Usage: run-cli-case.sh JIXIAO EXIT STDOUT_GOLDEN|- STDERR_PART|- ARGS...
# Set JIXIAO_UPDATE_GOLDEN=1 to rewrite the golden file from the actual output.
set -u
jixiao=$1 want_exit=$2 golden=$3 want_err=$4
shift 4
out=$(mktemp) err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT
"$jixiao" "$@" >"$out" 2>"$err"
got_exit=$?
status=0
if [ "$got_exit" != "$want_exit" ]; then
  echo "exit status $got_exit, expected $want_exit"; status=1
fi
if [ "$golden" != "-" ]; then
  if [ "${JIXIAO_UPDATE_GOLDEN:-}" = 1 ]; then cp "$out" "$golden"; fi
  if ! diff -u "$golden" "$out"; then echo "stdout differs from $golden"; status=1; fi
fi
if [ "$want_err" != "-" ] && ! grep -qF -- "$want_err" "$err"; then
  echo "stderr lacks: $want_err"; echo "stderr was:"; cat "$err"; status=1
fi
exit $status
