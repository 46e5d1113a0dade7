#!/usr/bin/env bash
# Until the first production deployment, the schema ships as one "initial" migration regenerated from the
# collections. After that date, never rewrite a released migration: add one with `npm run migrate:create -- name`.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -f src/migrations/2*_initial.ts src/migrations/2*_initial.json
echo "export const migrations = []" > src/migrations/index.ts
rm -rf /tmp/occe-migrate
npm run migrate:create -- initial
npx payload generate:types
npx payload generate:importmap
