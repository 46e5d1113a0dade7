#!/usr/bin/env bash
# `npm run seed:soak [-- runs]`: back-to-back `npm run seed` runs as production runs it (README « First
# deployment »), counting the runs that fail. Odd runs start on a new empty DATA_DIR (migrations, then
# every document created); even runs seed the database the previous run just filled (nothing may change).
# A run passes when it exits 0, prints the seed's summary (« Contenu de démonstration : … », proof that the
# script ran) and, on an already-seeded database, creates nothing. Exits 1 when any run failed.
set -u
cd "$(dirname "$0")/.."
runs=${1:-50}
work=$(mktemp -d "${TMPDIR:-/tmp}/occe-seed-soak-XXXXXX")
export NODE_ENV=production SEED_ON_START=false NEXT_TELEMETRY_DISABLED=1
export PAYLOAD_SECRET="${PAYLOAD_SECRET:-$(node -e "process.stdout.write(require('node:crypto').randomBytes(32).toString('hex'))")}"
unset DATABASE_URI NODE_OPTIONS

failed=0 fresh=0 reseeded=0
for i in $(seq 1 "$runs"); do
  if (( i % 2 == 1 )); then
    export DATA_DIR="$work/db-$i" MEDIA_DIR="$work/db-$i/media"; kind=fresh; fresh=$((fresh + 1))
  else
    kind=seeded; reseeded=$((reseeded + 1))
  fi
  log="$work/run-$i.log"
  start=$(date +%s%N)
  timeout 300 npm run --silent seed >"$log" 2>&1
  code=$?
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  verdict=ok
  if (( code != 0 )); then verdict="exit $code"
  elif ! grep -q 'Contenu de démonstration :' "$log"; then verdict='no seed summary (script not run)'
  elif [[ $kind == seeded ]] && grep 'Contenu de démonstration :' "$log" | grep -q 'créé'; then verdict='created documents on a seeded database'
  fi
  [[ $verdict == ok ]] || failed=$((failed + 1))
  printf 'run %2d (%s): %s in %d ms\n' "$i" "$kind" "$verdict" "$ms"
done
echo "seed soak: $runs runs ($fresh on a fresh database, $reseeded on a seeded one), $failed failed; logs in $work"
(( failed == 0 ))
