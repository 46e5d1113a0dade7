/**
 * The seed as a script: `npm run seed [-- --shift-weeks=N]`, i.e. `node scripts/run.mjs src/seed/run.ts`
 * (compiled ahead of time, run by plain node: see scripts/run.mjs). Idempotent, safe to run twice.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { seed } from './index'

function shiftWeeksFrom(argv: string[], env: NodeJS.ProcessEnv): number {
  const index = argv.findIndex((arg) => arg === '--shift-weeks' || arg.startsWith('--shift-weeks='))
  const raw =
    index < 0 ? env.SEED_SHIFT_WEEKS || '0' : argv[index].includes('=') ? argv[index].split('=')[1] : argv[index + 1]
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
} finally {
  await payload.destroy()
}
process.exit(0)
