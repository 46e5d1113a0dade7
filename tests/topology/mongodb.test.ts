/**
 * The MongoDB leg of the deployment: two `next start` processes on one MongoDB-protocol database (FerretDB,
 * the stand-in of these tests), behind nginx, sharing Next's page cache through redis.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { firstDoc, rsvpBurst, startSeededTopology, text, timeUntil, type Topology } from './harness'

let topology: Topology
let staff: Record<string, string>

beforeAll(async () => {
  ;({ topology, staff } = await startSeededTopology({ ferretdb: true }))
}, 240_000)

afterAll(async () => {
  await topology?.stop()
})

describe('two app processes on MongoDB', () => {
  it('show a publish made through one process through the other without waiting for the page to expire', async () => {
    const [a, b] = topology.processes
    const release = await firstDoc<{ id: string; slug: string }>(
      a.url,
      staff,
      'news-releases',
      'where[_status][equals]=published&sort=-dateline.date',
    )
    const path = `/communiques/${release.slug}`
    const page = async (base: string) => text(await (await fetch(`${base}${path}`)).text())
    for (let i = 0; i < 3; i++) await page(b.url)
    const title = `Publié sur MongoDB par A ${Date.now().toString(36)}`
    const res = await fetch(`${a.url}/api/news-releases/${release.id}`, {
      method: 'PATCH',
      headers: staff,
      body: JSON.stringify({ title, _status: 'published' }),
    })
    expect(res.status).toBe(200)
    // From the moment process A confirms the publish.
    const started = performance.now()
    // Without the shared cache B would serve its own copy for up to 60 s. The time left is B rendering the page
    // again on FerretDB (the SQLite leg asserts < 1 s; measured figures: bench/topology.mjs).
    const delay = await timeUntil(started, async () => (await page(b.url)).includes(title), 10_000)
    expect(delay).not.toBeNull()
    expect(delay!).toBeLessThan(5000)
  })

  it('keep the RSVP capacity exact when 200 guests register at once through both', async () => {
    const outcome = await rsvpBurst(topology, staff)
    expect(outcome).toMatchObject({ registrations: 200, confirmed: 150, waiting: 50 })
  }, 180_000)
})
