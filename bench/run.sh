#!/usr/bin/env bash
# Builds the benchmarks in Release and runs them from the repository root (they read tests/).
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DJIXIAO_TESTS=OFF -DJIXIAO_BENCH=ON >/dev/null
cmake --build build-bench
for b in build-bench/bench/*_bench; do "$b" --benchmark_min_time=0.5 "$@"; done
