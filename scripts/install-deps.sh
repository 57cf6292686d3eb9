#!/usr/bin/env bash
# Installs every Debian 12 package Jixiao needs, idempotently.
#   scripts/install-deps.sh          build + run (main job)
#   scripts/install-deps.sh --test   also what the test suite needs (LibreOffice, poppler-utils, clang)
set -euo pipefail
build_pkgs=(g++ cmake ninja-build pkg-config
  libexpected-dev nlohmann-json3-dev libfmt-dev libcli11-dev libicu-dev
  libzip-dev libpugixml-dev libpoppler-cpp-dev libcairo2-dev libpango1.0-dev libxlsxwriter-dev libsqlite3-dev libpq-dev
  fonts-noto-cjk)
test_pkgs=(libgtest-dev libgmock-dev libbenchmark-dev poppler-utils unzip libxml2-utils clang libclang-rt-14-dev python3
  libreoffice-writer-nogui libreoffice-calc-nogui postgresql-15)
want=("${build_pkgs[@]}")
[ "${1:-}" = "--test" ] && want+=("${test_pkgs[@]}")
missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
