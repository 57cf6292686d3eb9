#!/usr/bin/env bash
# The whole test suite: install what is needed (LibreOffice, poppler-utils, clang too), build
# once with clang, AddressSanitizer and UndefinedBehaviorSanitizer (the libraries also carry
# libFuzzer's coverage, so the fuzz targets are in the same build), fuzz each reader, the reading
# pipeline and the web requests for a bounded time, then run every test (ctest's summary is last).
# One clang build: GCC took three times as long on the sanitized sources, and a second build for
# the fuzzers as long again (a fresh 2-core machine spent over 40 minutes building).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh --test
# A build folder configured with another compiler is started afresh.
grep -qs '^CMAKE_CXX_COMPILER:[A-Z]*=.*clang' build-test/CMakeCache.txt || rm -rf build-test
CC=clang CXX=clang++ cmake -S . -B build-test -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DJIXIAO_SANITIZE=ON -DJIXIAO_TESTS=ON -DJIXIAO_FUZZ=ON >/dev/null
cmake --build build-test
JIXIAO_FUZZ_BUILD=build-test bash fuzz/run-fuzzers.sh "${JIXIAO_FUZZ_SECONDS:-20}"
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
cd build-test && ctest --output-on-failure -j2
