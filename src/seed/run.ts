/** `npm run seed [-- --shift-weeks=N]`: idempotent, safe to run twice. */
import config from '@payload-config'
import { getPayload } from 'payload'

import { seed } from './index'

const shiftArg = process.argv.find((arg) => arg.startsWith('--shift-weeks='))
const shiftWeeks = shiftArg ? Number(shiftArg.split('=')[1]) : Number(process.env.SEED_SHIFT_WEEKS || 0)
if (!Number.isInteger(shiftWeeks)) {
  console.error('--shift-weeks attend un nombre entier de semaines')
  process.exit(2)
}

const payload = await getPayload({ config })
try {
  await seed(payload, { shiftWeeks })
  payload.logger.info('Seed terminé.')
} finally {
  await payload.destroy()
}
process.exit(0)
