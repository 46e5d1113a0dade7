/**
 * The seed as a script: `payload run src/seed/run.ts -- [--shift-weeks=N]`, or `npm run seed`, which goes
 * through launch.mjs. Idempotent, safe to run twice.
 */
import fs from 'node:fs'

import config from '@payload-config'
import { getPayload } from 'payload'

import { seed } from './index'

function shiftWeeksFrom(argv: string[], env: NodeJS.ProcessEnv): number {
  const index = argv.findIndex((arg) => arg === '--shift-weeks' || arg.startsWith('--shift-weeks='))
  const raw = index < 0 ? env.SEED_SHIFT_WEEKS || '0' : argv[index].includes('=') ? argv[index].split('=')[1] : argv[index + 1]
  return Number(raw)
}

const shiftWeeks = shiftWeeksFrom(process.argv.slice(2), process.env)
if (!Number.isInteger(shiftWeeks)) {
  console.error('--shift-weeks attend un nombre entier de semaines, par exemple --shift-weeks=26')
  process.exit(2)
}

const payload = await getPayload({ config })
try {
  await seed(payload, { shiftWeeks })
  // Tells launch.mjs the script really ran (payload run can exit 0 without running it).
  if (process.env.SCRIPT_DONE_FILE) fs.writeFileSync(process.env.SCRIPT_DONE_FILE, 'ok')
} finally {
  await payload.destroy()
}
process.exit(0)
