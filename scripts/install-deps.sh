#!/usr/bin/env bash
# Installs every Debian 12 package Jixiao needs, idempotently, then the web front-end packages
# from npm (web/package-lock.json) into web/node_modules.
#   scripts/install-deps.sh          build + run (main job: the CLI and the web system)
#   scripts/install-deps.sh --test   also what the test suite needs (LibreOffice, poppler-utils, clang,
#                                    PostgreSQL 15, Chromium and playwright-core for browser tests)
set -euo pipefail
cd "$(dirname "$0")/.."
build_pkgs=(g++ cmake ninja-build pkg-config
  libexpected-dev nlohmann-json3-dev libfmt-dev libcli11-dev libicu-dev
  libzip-dev libpugixml-dev libpoppler-cpp-dev libpoppler-private-dev libcairo2-dev libpango1.0-dev libxlsxwriter-dev libsqlite3-dev libpq-dev
  libcpp-httplib-dev libkainjow-mustache-dev libsodium-dev
  fonts-noto-cjk ca-certificates)
test_pkgs=(libgtest-dev libgmock-dev libbenchmark-dev poppler-utils unzip libxml2-utils clang libclang-rt-14-dev python3
  libreoffice-writer-nogui libreoffice-calc-nogui postgresql-15 chromium curl)
want=("${build_pkgs[@]}")
[ "${1:-}" = "--test" ] && want+=("${test_pkgs[@]}")
# Node.js and npm from Debian, unless this machine already has them (e.g. from NodeSource).
command -v node >/dev/null 2>&1 || want+=(nodejs)
command -v npm >/dev/null 2>&1 || want+=(npm)
missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q
  $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
# The front-end packages, exactly as locked; skipped when web/node_modules already matches the lockfile.
if ! cmp -s web/package-lock.json web/node_modules/.jixiao-lock 2>/dev/null; then
  # Behind a proxy that re-signs TLS with a certificate this machine does not trust, npm cannot
  # check the registry's certificate; every package is still checked against the sha512 in the
  # lockfile (npm ci refuses any other bytes), so the download is retried without that check.
  if ! (cd web && npm ci --no-audit --no-fund --loglevel=error 2>/tmp/jixiao-npm.err); then
    cat /tmp/jixiao-npm.err >&2
    if grep -qE 'SELF_SIGNED_CERT|UNABLE_TO_GET_ISSUER_CERT|CERT_UNTRUSTED|UNABLE_TO_VERIFY_LEAF_SIGNATURE' /tmp/jixiao-npm.err; then
      echo "install-deps: the npm registry's certificate is not trusted here; retrying with each package checked against the lockfile's sha512 only" >&2
      (cd web && npm ci --no-audit --no-fund --loglevel=error --strict-ssl=false)
    else
      exit 1
    fi
  fi
  cp web/package-lock.json web/node_modules/.jixiao-lock
fi
