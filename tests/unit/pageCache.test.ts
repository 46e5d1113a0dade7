/**
 * How the page cache (src/data/pageCache.mjs, in memory here: no REDIS_URL) dates what it keeps against a
 * publish's expiry: a render that began before the expiry is never served after it; one that began after it
 * is served at once — by every process with Redis — instead of each process rendering the page again.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'

type Handler = {
  get(key: string, ctx?: object): Promise<{ value: unknown } | null>
  set(key: string, value: unknown, ctx?: object): Promise<void>
  revalidateTag(tags: string[], durations?: { expire?: number }): Promise<void>
}

let cache: Handler
let pagePath: (key: string) => string | null
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const page = (html: string) => ({ kind: 'APP_PAGE', html, status: 200, headers: {} })
const TAG = 'occe:news-releases'

beforeAll(async () => {
  delete process.env.REDIS_URL
  delete process.env.EDGE_CACHE_REFRESH_URL
  const mod = (await import('../../src/data/pageCache.mjs')) as unknown as {
    default: new (options: object) => Handler
    pagePath: typeof pagePath
  }
  // Entries written in the process's first second count as older than its start: wait past it.
  await sleep(1100)
  cache = new mod.default({ serverDistDir: '/nonexistent/server' })
  pagePath = mod.pagePath
})

describe('page cache dates', () => {
  it('never serves, after a publish, a page whose render began before it', async () => {
    expect(await cache.get('/route-cache/APP_PAGE/aa/$/a')).toBeNull() // the render starts here
    await sleep(5)
    await cache.revalidateTag([TAG], { expire: 0 }) // the publish lands meanwhile
    await sleep(5)
    await cache.set('/route-cache/APP_PAGE/aa/$/a', page('old'), { tags: [TAG] })
    expect(await cache.get('/route-cache/APP_PAGE/aa/$/a')).toBeNull()
  })

  it('serves at once a page whose render began after the publish', async () => {
    await cache.revalidateTag([TAG], { expire: 0 })
    await sleep(5)
    expect(await cache.get('/route-cache/APP_PAGE/aa/$/b')).toBeNull()
    await cache.set('/route-cache/APP_PAGE/aa/$/b', page('new'), { tags: [TAG] })
    expect(await cache.get('/route-cache/APP_PAGE/aa/$/b')).toMatchObject({ value: { html: 'new' } })
  })

  it('keeps a page rendered before an expiry from outside a request (inside its transaction) only until it holds', async () => {
    await cache.get('/route-cache/APP_PAGE/aa/$/c')
    await cache.set('/route-cache/APP_PAGE/aa/$/c', page('before'), { tags: [TAG] })
    const expire = (globalThis as unknown as Record<symbol, (tags: string[]) => Promise<void>>)[
      Symbol.for('occe.expireCacheTags')
    ]
    await expire([TAG])
    // Served (once, as stale) while the write commits, refused once the expiry holds a second later.
    expect(await cache.get('/route-cache/APP_PAGE/aa/$/c')).not.toBeNull()
    await sleep(1100)
    expect(await cache.get('/route-cache/APP_PAGE/aa/$/c')).toBeNull()
  })

  it('reads the public path of page entries from Next keys', () => {
    expect(pagePath('/route-cache/APP_PAGE/ab12/$/index')).toBe('/')
    expect(pagePath('/route-cache/APP_PAGE/ab12/$/communiques/un-titre')).toBe('/communiques/un-titre')
    expect(pagePath('/route-cache/APP_ROUTE/ab12/$/communiques/rss.xml')).toBe('/communiques/rss.xml')
    expect(pagePath('e188eb307ded0fef8e3e')).toBeNull()
  })
})

describe('page cache size (one process, in memory)', () => {
  // 2,000 pages of 40–90 KB each would be 100–180 MB held for ever (issue 14: RSS ≤ 400 MB): bytes bound it too.
  it('keeps at most 48 MB of pages, the least recently read going first', async () => {
    const mb = 'x'.repeat(1024 * 1024)
    const key = (i: number) => `/route-cache/APP_PAGE/cc/$/big-${i}`
    for (let i = 0; i < 60; i++) {
      await cache.set(key(i), page(`${i}:${mb}`), { tags: ['occe:projects'] })
      if (i >= 20) await cache.get(key(0)) // read often: stays
    }
    expect(await cache.get(key(0))).not.toBeNull()
    expect(await cache.get(key(1))).toBeNull()
    expect(await cache.get(key(12))).toBeNull()
    expect(await cache.get(key(59))).not.toBeNull()
    expect(await cache.get(key(30))).not.toBeNull()
  })
})
