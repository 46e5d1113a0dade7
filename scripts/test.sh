#!/usr/bin/env bash
# Every test, from a fresh clone: installs what is missing, builds for production, then runs the unit,
# integration (SQLite, then the MongoDB protocol through FerretDB), HTTP and browser layers.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
GOBIN_DIR="$(go env GOPATH 2>/dev/null || echo "$HOME/go")/bin"

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "Browser tests need Debian's chromium: sudo apt-get install -y chromium" >&2
    exit 1
  fi
fi

# The deployment topology tests (tests/topology) run Debian's nginx and redis-server, certificates by openssl.
if ! command -v nginx >/dev/null || ! command -v redis-server >/dev/null || ! command -v openssl >/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx redis-server openssl >/dev/null
  else
    echo "Topology tests need Debian's nginx, redis-server and openssl: sudo apt-get install -y nginx redis-server openssl" >&2
    exit 1
  fi
fi

if [ ! -x "$GOBIN_DIR/occe-ferretdb" ] || [ tools/ferretdb/go.mod -nt "$GOBIN_DIR/occe-ferretdb" ]; then
  (cd tools/ferretdb && go install .)
fi

if [ "${SKIP_BUILD:-}" != 1 ]; then npm run build; fi

results="$(mktemp -d)"
ferret_dir="$(mktemp -d)"
ferret_port="$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
"$GOBIN_DIR/occe-ferretdb" -listen-addr "127.0.0.1:$ferret_port" -sqlite-dir "$ferret_dir" >"$results/ferretdb.log" 2>&1 &
ferret_pid=$!
cleanup() { kill "$ferret_pid" 2>/dev/null || true; rm -rf "$ferret_dir"; }
trap cleanup EXIT

jest() { NODE_OPTIONS=--experimental-vm-modules node_modules/.bin/jest "$@"; }
status=0
# A production server's answers must not depend on which page it served first (Payload and our code are
# compiled once per server layer): the whole web layer runs after an admin page was the first request, then
# the RSVP, REST-refusal and admin-error tests run again after a public page (tests/setup/webServer.start.ts).
REORDERED_TESTS=(tests/http/refusals.test.ts tests/http/rsvp.test.ts tests/e2e/admin.test.ts tests/e2e/rsvp.test.ts)
echo "== unit, integration (SQLite), HTTP and browser (first request: GET /admin/login) =="
TEST_FIRST_REQUEST=admin jest --selectProjects unit int web --json --outputFile="$results/sqlite.json" || status=1
echo "== RSVP, REST refusals and admin errors (first request: GET /) =="
TEST_FIRST_REQUEST=public jest "${REORDERED_TESTS[@]}" --selectProjects web --json --outputFile="$results/public-first.json" || status=1

for _ in $(seq 50); do (echo > "/dev/tcp/127.0.0.1/$ferret_port") 2>/dev/null && break; sleep 0.2; done
echo "== integration (MongoDB protocol, FerretDB on 127.0.0.1:$ferret_port) =="
TEST_DATABASE_URI="mongodb://127.0.0.1:$ferret_port/" jest --selectProjects int --json --outputFile="$results/mongodb.json" || status=1

# The production build on the MongoDB protocol: the HTTP layer and the RSVP, check-in and staff browser scenarios, on a
# fresh database of the same FerretDB (tests/setup/webServer.start.ts). Left out: the start-up refusals (no
# database involved), the health test (it runs its own FerretDB above) and the kill -9 test (SQLite's file).
echo "== HTTP, RSVP and staff in Chromium (MongoDB protocol, production build) =="
TEST_DATABASE_URI="mongodb://127.0.0.1:$ferret_port/" jest tests/http/ tests/e2e/rsvp.test.ts tests/e2e/checkin.test.ts tests/e2e/admin.test.ts --selectProjects web \
  --testPathIgnorePatterns '/tests/http/(startup|ops-health|ops-durability)\.test\.ts$' --json --outputFile="$results/mongodb-web.json" || status=1

echo "== deployment topology: nginx, 2 × next start, redis (SQLite, then FerretDB) =="
jest --selectProjects topology --json --outputFile="$results/topology.json" || status=1

node scripts/summary.mjs "$results/sqlite.json" "$results/public-first.json" "$results/mongodb.json" "$results/mongodb-web.json" "$results/topology.json"
exit "$status"
