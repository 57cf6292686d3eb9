#!/usr/bin/env bash
# The whole test suite: install what is needed (LibreOffice, poppler-utils, clang too), build
# with AddressSanitizer and UndefinedBehaviorSanitizer, run every test, then fuzz each reader
# for a bounded time.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh --test
cmake -S . -B build-test -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DJIXIAO_SANITIZE=ON -DJIXIAO_TESTS=ON >/dev/null
cmake --build build-test
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
(cd build-test && ctest --output-on-failure -j2)
if [ -x fuzz/run-fuzzers.sh ]; then
  bash fuzz/run-fuzzers.sh "${JIXIAO_FUZZ_SECONDS:-20}"
fi
