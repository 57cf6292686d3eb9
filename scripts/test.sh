#!/usr/bin/env bash
# The whole test suite: install what is needed (LibreOffice, poppler-utils, clang too), fuzz
# each reader and the reading pipeline for a bounded time, then build with AddressSanitizer and
# UndefinedBehaviorSanitizer and run every test (ctest's summary is the last thing printed).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh --test
bash fuzz/run-fuzzers.sh "${JIXIAO_FUZZ_SECONDS:-20}"
cmake -S . -B build-test -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DJIXIAO_SANITIZE=ON -DJIXIAO_TESTS=ON >/dev/null
cmake --build build-test
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
cd build-test && ctest --output-on-failure -j2
