#!/usr/bin/env bash
# A build with mocking off must ship neither the mock service nor its worker.
set -euo pipefail
dir=${1:-dist}
[[ -d $dir ]] || { echo "no build at $dir" >&2; exit 1; }
if [[ -e $dir/mockServiceWorker.js ]]; then
  echo "FAIL: $dir/mockServiceWorker.js is in a mocking-off build" >&2; exit 1
fi
if grep -rlE 'msw|mockServiceWorker|setupWorker' "$dir" >/dev/null; then
  echo "FAIL: msw code found in a mocking-off build:" >&2
  grep -rlE 'msw|mockServiceWorker|setupWorker' "$dir" >&2; exit 1
fi
echo "OK: $dir holds no msw code and no worker script"
# The first screen's JavaScript budget (gzip), measured as the bench measures it.
npx tsx "$(dirname "$0")/first-screen-budget.ts" "$dir"
