#!/usr/bin/env bash
# Runs a command with TEST_DATABASE_URL naming a scratch Postgres cluster (a port the system
# picks, a temp folder, removed after). Without Debian's Postgres the command still runs,
# and tests/server/postgres.test.ts fails under CI (it skips only on a developer's machine).
set -euo pipefail
initdb=$(ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -1 || true)
if [[ -z $initdb ]]; then
  echo "No Postgres installed (apt-get install postgresql): tests/server/postgres.test.ts cannot run"
  exec "$@"
fi
bin=$(dirname "$initdb")
dir=$(mktemp -d)
port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
as_owner() { if [[ $(id -u) == 0 ]]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
[[ $(id -u) == 0 ]] && chown postgres "$dir"
stop() { as_owner "$bin/pg_ctl -D $dir/data stop -m fast" >/dev/null 2>&1 || true; rm -rf "$dir"; }
trap stop EXIT
if as_owner "$bin/initdb -D $dir/data -U postgres --auth=trust" >"$dir.log" 2>&1 &&
  as_owner "$bin/pg_ctl -D $dir/data -w -l $dir/log \
    -o '-p $port -k $dir -c listen_addresses=127.0.0.1' start" >>"$dir.log" 2>&1; then
  export TEST_DATABASE_URL=postgres://postgres@127.0.0.1:$port/postgres
  echo "Scratch Postgres at 127.0.0.1:$port for tests/server/postgres.test.ts"
else
  echo "Could not start a scratch Postgres (see below): tests/server/postgres.test.ts cannot run"
  cat "$dir.log"
fi
rm -f "$dir.log"
"$@"
