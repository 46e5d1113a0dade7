import config from '@payload-config'
import { getPayload } from 'payload'

import { shouldRunJobs } from '../../../../jobs/autoRun'
import { checkHealth } from './check'

export const dynamic = 'force-dynamic'

const NO_STORE = { 'cache-control': 'no-store' }

/** One cheap indexed read: proves the connection and the schema, touches no personal data. */
async function probeDatabase() {
  // The jobs process starts its queue runner here (Payload starts it only on `cron: true`), at the first probe.
  const payload = await getPayload({ config, cron: shouldRunJobs(process.env) })
  await payload.count({ collection: 'users', overrideAccess: true })
}

/** For a load balancer: 200 when the database answers within 2 s, 503 otherwise. */
export async function GET() {
  const { status, body } = await checkHealth(probeDatabase, { jobs: shouldRunJobs(process.env) })
  return Response.json(body, { status, headers: NO_STORE })
}

/** Some load balancers probe with HEAD: same status, no body. */
export async function HEAD() {
  const { status } = await checkHealth(probeDatabase, { jobs: shouldRunJobs(process.env) })
  return new Response(null, { status, headers: NO_STORE })
}
