#!/usr/bin/env bash
# The service as production installs it: what the Dockerfile's runtime stage copies (its
# `COPY --from=build` folders, read from the Dockerfile) with `npm ci --omit=dev` (no msw,
# no Vite, no test tools), the mocking-off build beside it. It must start and answer: the
# API (401 without a session), the app, and a 404 for a lost file.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
[[ -d $root/dist-no-mock ]] || { echo "run npm run build:no-mock first" >&2; exit 1; }
dir=$(mktemp -d)
pid=
cleanup() { [[ -n $pid ]] && kill "$pid" 2>/dev/null; rm -rf "$dir"; }
trap cleanup EXIT
cp "$root/package.json" "$root/package-lock.json" "$dir/"
mapfile -t runtime < <(sed -nE 's#^COPY --from=build /app/([^ ]+) .*#\1#p' "$root/Dockerfile")
[[ ${#runtime[@]} -gt 0 ]] || { echo "FAIL: no runtime COPY lines in the Dockerfile" >&2; exit 1; }
for part in "${runtime[@]}"; do
  if [[ $part == dist-no-mock ]]; then cp -r "$root/dist-no-mock" "$dir/"
  else git -C "$root" ls-files -z -- "$part" | (cd "$root" && xargs -0 cp --parents -t "$dir"); fi
done
[[ ! -e $dir/mocks ]] || { echo "FAIL: the runtime image carries mocks/" >&2; exit 1; }
(cd "$dir" && npm ci --omit=dev --no-audit --no-fund --loglevel=error)
[[ ! -d $dir/node_modules/msw ]] || { echo "FAIL: msw installed with --omit=dev" >&2; exit 1; }
(cd "$dir" && exec node --import tsx server/main.ts --port 0 --data "$dir/data") >"$dir/out.log" 2>&1 &
pid=$!
for _ in $(seq 1 120); do
  url=$(grep -oE 'http://[0-9.]+:[0-9]+' "$dir/out.log" | head -1 || true)
  [[ -n $url ]] && break
  kill -0 "$pid" 2>/dev/null || { head -30 "$dir/out.log" >&2; echo "FAIL: the service exited" >&2; exit 1; }
  sleep 1
done
[[ -n ${url:-} ]] || { cat "$dir/out.log" >&2; echo "FAIL: the service did not start" >&2; exit 1; }
check() {
  local got
  got=$(node -e 'fetch(process.argv[1]).then((r) => console.log(r.status), () => console.log(0))' "$url$1")
  [[ $got == "$2" ]] || { echo "FAIL: GET $1 answered $got, expected $2" >&2; exit 1; }
}
check /api/policies 401
check / 200
check /assets/missing-file.js 404
echo "OK: an --omit=dev install starts the service and answers at $url"
