import config from '@payload-config'
import { getPayload } from 'payload'

export const dynamic = 'force-dynamic'

/** For a load balancer: 200 when the database answers, 503 otherwise. */
export async function GET() {
  const started = Date.now()
  try {
    const payload = await getPayload({ config })
    await payload.count({ collection: 'users', overrideAccess: true })
    return Response.json(
      { status: 'ok', database: 'up', latencyMs: Date.now() - started },
      { headers: { 'cache-control': 'no-store' } },
    )
  } catch {
    return Response.json(
      { status: 'error', database: 'down' },
      { status: 503, headers: { 'cache-control': 'no-store' } },
    )
  }
}
