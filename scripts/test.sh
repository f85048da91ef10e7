#!/usr/bin/env bash
# Runs every compiled *.test.js under dist/test with node's test runner. Node 20 does not expand globs
# itself, and a bare directory would also run helper modules and measuring scripts as if they were tests.
set -euo pipefail
shopt -s globstar nullglob
cd "$(dirname "$0")/.."
files=(dist/test/**/*.test.js)
if [ ${#files[@]} -eq 0 ]; then echo "no compiled tests under dist/test; run npm run build" >&2; exit 1; fi
exec node --test "$@" "${files[@]}"
