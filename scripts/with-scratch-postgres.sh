#!/usr/bin/env bash
# Runs a command with TEST_DATABASE_URL naming a scratch Postgres cluster (port 4318, a temp
# folder, removed after) when Debian's Postgres is installed; otherwise runs it as it is,
# and the tests that need Postgres say they were skipped.
set -euo pipefail
initdb=$(ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -1 || true)
if [[ -z $initdb ]]; then
  echo "No Postgres installed: tests/server/postgres.test.ts is skipped"
  exec "$@"
fi
bin=$(dirname "$initdb")
dir=$(mktemp -d)
as_owner() { if [[ $(id -u) == 0 ]]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
[[ $(id -u) == 0 ]] && chown postgres "$dir"
stop() { as_owner "$bin/pg_ctl -D $dir/data stop -m fast" >/dev/null 2>&1 || true; rm -rf "$dir"; }
trap stop EXIT
if as_owner "$bin/initdb -D $dir/data -U postgres --auth=trust" >"$dir.log" 2>&1 &&
  as_owner "$bin/pg_ctl -D $dir/data -w -l $dir/log \
    -o '-p 4318 -k $dir -c listen_addresses=127.0.0.1' start" >>"$dir.log" 2>&1; then
  export TEST_DATABASE_URL=postgres://postgres@127.0.0.1:4318/postgres
  echo "Scratch Postgres at 127.0.0.1:4318 for tests/server/postgres.test.ts"
else
  echo "Could not start a scratch Postgres (see below): tests/server/postgres.test.ts is skipped"
  cat "$dir.log"
fi
rm -f "$dir.log"
"$@"
