import config from '@payload-config'
import { getPayload } from 'payload'

import { TEST_PASSWORD, TEST_STAFF } from './staffAccounts'

const payload = await getPayload({ config })
for (const account of Object.values(TEST_STAFF)) {
  await payload.create({
    collection: 'users',
    data: { email: account.email, role: account.role, password: TEST_PASSWORD },
  })
}
await payload.destroy()
process.exit(0)
