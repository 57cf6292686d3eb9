#!/usr/bin/env python3
"""Instructions per call of the top-level steps in a callgrind profile of ingest_bench.

Usage: bench/callgrind-per-call.py callgrind.out [FUNCTION_PREFIX...]
Prints, for each function whose name starts with a prefix (default: ReadDocumentBytes,
ParseReport, Audit, ScoreEvaluation), its calls, inclusive instructions and instructions per
call. Profile with e.g.
  valgrind --tool=callgrind --callgrind-out-file=cg.out build-perf/bench/ingest_bench \
    --benchmark_filter=Txt$ --benchmark_min_time=1
"""
import re
import sys
from collections import defaultdict

DEFAULT = ["jixiao::ReadDocumentBytes(", "jixiao::ParseReport(", "jixiao::Audit(", "jixiao::ScoreEvaluation("]


def main():
    path = sys.argv[1]
    prefixes = sys.argv[2:] or DEFAULT
    names = {}
    calls = defaultdict(int)
    inclusive = defaultdict(int)
    pending = None  # (callee name, calls) waiting for the cost line after "calls="
    name_re = re.compile(r"^c?fn=\((\d+)\)(?: (.*))?$")
    with open(path, errors="replace") as f:
        for line in f:
            m = name_re.match(line.rstrip("\n"))
            if m:
                fid, name = m.group(1), m.group(2)
                if name:
                    names[fid] = name
                if line.startswith("cfn="):
                    callee = names.get(fid, fid)
                continue
            if line.startswith("calls="):
                pending = (callee, int(line.split()[0][6:]))
                continue
            if pending:
                parts = line.split()
                if len(parts) >= 2:
                    name, n = pending
                    calls[name] += n
                    inclusive[name] += int(parts[1])
                pending = None
    for prefix in prefixes:
        for name in sorted(calls):
            if name.startswith(prefix):
                n = calls[name]
                print(f"{inclusive[name] / n:14,.0f} Ir/call  {n:6d} calls  {name[:90]}")


if __name__ == "__main__":
    main()
