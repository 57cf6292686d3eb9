#!/usr/bin/env bash
# Usage: check-no-external-urls.sh [WEB_DIR]. Fails when a page template or the site's own
# script or stylesheet names another host (http://, https:// or //host): everything the pages
# load is served from web/static (npm packages are copied into web/static/vendor at build time).
set -u
cd "${1:-$(dirname "$0")/../web}" || exit 2
found=$(grep -rnE "(https?:)?//[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+" templates static/app.css static/app.js |
        grep -vE "//(127\.0\.0\.1|localhost)([:/]|$)")
if [ -n "$found" ]; then
  echo "$found"
  echo "the pages must not load anything from another host: serve it from web/static"
  exit 1
fi
echo "no external URLs"
