/** `node scripts/run.mjs bench/staff.mjs`: the admin account the bench logs in with, in the bench database only. */
import { getPayload } from 'payload'

import config from '../payload.config.ts'

const email = process.env.BENCH_ADMIN_EMAIL
const password = process.env.BENCH_ADMIN_PASSWORD
if (!email || !password || !process.env.DATA_DIR?.includes('occe-bench-')) {
  console.error('bench/staff.mjs only runs on a bench database (DATA_DIR occe-bench-*) with BENCH_ADMIN_EMAIL/PASSWORD')
  process.exit(2)
}
const payload = await getPayload({ config })
await payload.create({ collection: 'users', data: { email, password, role: 'admin' } })
await payload.destroy()
process.exit(0)
