/**
 * Next's page and data cache (`cacheHandler` in next.config.mjs), written on Next's public cache-handler
 * interface (get / set / revalidateTag), so that several `next start` processes share one cache.
 *
 * - `REDIS_URL` set (the multi-process deployment, deploy/README.md): entries and tag expiries live in Redis,
 *   so a page rendered by one process is served by all, and a `revalidateTag` in one process (a publish)
 *   expires the entry for every process at once. Keys are prefixed with the build id and the database, so
 *   a new build or another database never reads old pages.
 * - otherwise (one process): in this process's memory, gone when it stops.
 *
 * Nothing is read from the build folder: the pages `next build` prerendered are empty shells (src/data/cache.ts
 * answers empty values while building) and are rendered again, from the database, on their first request.
 * An entry written before this process started is not served either: the database may have been restored
 * or seeded while the servers were stopped; the first request after a start renders the page again.
 *
 * Behind nginx (deploy/nginx) pages are also kept a second or so by nginx's micro-cache. With
 * `EDGE_CACHE_REFRESH_URL` set, a revalidation (a publish) re-fetches through nginx's loopback refresh
 * listener every page it expired that nginx may still hold (those Next looked up in the last
 * EDGE_HOLDS_MS): the new page replaces nginx's copy as soon as it is rendered, instead of visitors
 * getting the old copy until it runs out.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { createClient } from '@redis/client'

import { isScriptFree, withoutNextRuntime } from './scriptFree.mjs'

const startedAt = Date.now()
const TIMEOUT_MS = 1000
const TTL_SECONDS = 7 * 24 * 3600
const MEMORY_ENTRIES = 2000
/**
 * …and at most this many bytes of pages and reads (one process, no Redis). A page entry is its HTML, its RSC
 * payload and per-segment prefetch data (home: 14.5 KB of HTML, 21.5 KB of RSC), tens of KB each: 2,000 of them
 * — a crawler walking the 10,000 releases — would hold 100 MB or more for good in a server meant to stay under
 * 400 MB (issue 14). The least recently used go first.
 */
const MEMORY_BYTES = 48 * 1024 * 1024
/** Decoded Redis entries each process keeps, reused while Redis says the entry has not changed. */
const LOCAL_ENTRIES = 500
/**
 * An entry is dated from the moment this process found no usable copy of it, before the render read
 * anything: a render that read the database before a publish's expiry never counts as newer than it, and
 * one that started after it is served by every process at once. When that moment is unknown (a background
 * revalidation after a fresh read) the entry is dated this much before it is written. Expiries from outside a
 * request (the jobs runner, inside its transaction) take effect this much later, once the change is committed.
 */
const RENDER_MARGIN_MS = 1000
/** Misses older than this are forgotten (the render they started has long ended or failed). */
const MISS_MAX_AGE_MS = 30_000
const TAGS_HEADER = 'x-next-cache-tags'
/** nginx drops a copy nobody read for 10 s (`inactive`) and refetches a read one every 1–2 s: with margin. */
const EDGE_HOLDS_MS = 15_000
/** Pages re-fetched into nginx per revalidation, at most (the busiest are the recent ones); the rest run out. */
const REFRESH_MAX_PAGES = 100
const REFRESH_CONCURRENCY = 4
/** A larger entry is not put in Redis (Next's own limit for its data cache is 2 MB): a read that big should be narrowed. */
const MAX_ENTRY_BYTES = 4 * 1024 * 1024

// RSC payloads and route bodies are Buffers, segment data a Map: tagged wrappers carry them through JSON.
function replacer(key, value) {
  const raw = this[key]
  if (Buffer.isBuffer(raw)) return { $buffer: raw.toString('base64') }
  if (raw instanceof Map) return { $map: [...raw.entries()] }
  return value
}
function reviver(_key, value) {
  if (value && typeof value === 'object') {
    if (typeof value.$buffer === 'string') return Buffer.from(value.$buffer, 'base64')
    if (Array.isArray(value.$map)) return new Map(value.$map)
  }
  return value
}
const encode = (entry) => JSON.stringify(entry, replacer)
const decode = (text) => JSON.parse(text, reviver)

/** Bytes an entry holds in its strings and buffers (HTML, RSC payload, segment data, route body, cached read). */
function entryBytes(entry) {
  const value = entry?.value
  let bytes = 512
  const add = (part) => {
    if (typeof part === 'string') bytes += part.length
    else if (part?.byteLength) bytes += part.byteLength
  }
  add(value?.html)
  add(value?.rscData)
  add(value?.body)
  add(value?.data?.body)
  if (value?.segmentData instanceof Map) for (const part of value.segmentData.values()) add(part)
  return bytes
}

/**
 * A Map kept in least-recently-used order (a read re-inserts the entry last), of at most `limit` entries and,
 * given `sizeOf`, `maxBytes` bytes (the newest entry is always kept).
 */
function lru(limit, { maxBytes = Infinity, sizeOf } = {}) {
  const entries = new Map()
  const sizes = new Map()
  let total = 0
  const drop = (key) => {
    total -= sizes.get(key) ?? 0
    sizes.delete(key)
    return entries.delete(key)
  }
  return {
    get(key) {
      const value = entries.get(key)
      if (value !== undefined) {
        entries.delete(key)
        entries.set(key, value)
      }
      return value
    },
    set(key, value) {
      drop(key)
      entries.set(key, value)
      if (sizeOf) {
        const size = sizeOf(value)
        sizes.set(key, size)
        total += size
      }
      while (entries.size > limit || (total > maxBytes && entries.size > 1)) drop(entries.keys().next().value)
    },
    delete: drop,
    entries: () => entries.entries(),
  }
}

function memoryStore() {
  const entries = lru(MEMORY_ENTRIES, { maxBytes: MEMORY_BYTES, sizeOf: entryBytes })
  const stale = new Map()
  const expired = new Map()
  const seen = lru(MEMORY_ENTRIES)
  return {
    name: 'memory',
    async notePage(path, tags) {
      seen.set(path, { at: Date.now(), tags: tags ?? seen.get(path)?.tags ?? [] })
    },
    async recentPages(since) {
      const pages = []
      for (const [path, { at, tags }] of seen.entries()) if (at >= since) pages.push({ path, tags })
      return pages
    },
    async read(key) {
      return entries.get(key) ?? null
    },
    async write(key, entry) {
      entries.set(key, entry)
    },
    async tagTimes(tags) {
      return tags.map((tag) => ({ stale: stale.get(tag), expired: expired.get(tag) }))
    },
    async markTags(tags, { staleAt, expiredAt }) {
      for (const tag of tags) {
        if (staleAt !== undefined) stale.set(tag, staleAt)
        if (expiredAt !== undefined) expired.set(tag, expiredAt)
      }
    },
  }
}

const withTimeout = (promise) =>
  Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error('Redis: no answer')), TIMEOUT_MS).unref())])

function redisStore(url, prefix) {
  const client = createClient({
    url,
    disableOfflineQueue: true, // while Redis is away, fail at once (a miss) instead of queueing requests
    socket: { connectTimeout: 5000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2000) },
  })
  let lastComplaint = 0
  const complain = (error) => {
    if (Date.now() - lastComplaint < 30_000) return
    lastComplaint = Date.now()
    console.error(`Cache partagé (Redis) indisponible : ${error?.message ?? error}`)
  }
  client.on('error', complain)
  const connected = client.connect().catch(complain)
  const ready = async () => {
    await withTimeout(connected).catch(complain)
    if (!client.isReady) throw new Error('Redis: not connected')
  }
  const local = lru(LOCAL_ENTRIES)
  const staleKey = `${prefix}tags:stale`
  const expiredKey = `${prefix}tags:expired`
  const seenKey = `${prefix}edge:seen`
  const pageTagsKey = `${prefix}edge:tags`
  const number = (value) => (value == null ? undefined : Number(value))
  return {
    name: 'redis',
    // Pages Next looked up (score: when) and the tags each was rendered with, for the nginx refresh.
    async notePage(path, tags) {
      await ready()
      const writes = client.multi().zAdd(seenKey, { score: Date.now(), value: path }).expire(seenKey, TTL_SECONDS)
      if (tags) writes.hSet(pageTagsKey, path, tags.join(' ')).expire(pageTagsKey, TTL_SECONDS)
      await withTimeout(writes.exec())
    },
    async recentPages(since) {
      await ready()
      await withTimeout(client.zRemRangeByScore(seenKey, '-inf', `(${since}`))
      const paths = await withTimeout(client.zRangeByScore(seenKey, since, '+inf'))
      if (!paths.length) return []
      const tags = await withTimeout(client.hmGet(pageTagsKey, paths))
      return paths.map((path, i) => ({ path, tags: tags[i] ? tags[i].split(' ') : [] }))
    },
    // Each entry has a small stamp (its date) beside it: a process decodes an entry once per version.
    async read(key) {
      await ready()
      const stamp = await withTimeout(client.get(`${prefix}stamp:${key}`))
      if (!stamp) return null
      const known = local.get(key)
      if (known && String(known.lastModified) === stamp) return known
      const text = await withTimeout(client.get(`${prefix}entry:${key}`))
      if (!text) return null
      const entry = decode(text)
      local.set(key, entry)
      return entry
    },
    async write(key, entry) {
      const text = encode(entry)
      if (text.length > MAX_ENTRY_BYTES) {
        console.warn(`Cache : entrée « ${key} » non gardée (${Math.round(text.length / 1024)} Ko, plus de ${MAX_ENTRY_BYTES / 1024 / 1024} Mo)`)
        return
      }
      await ready()
      await withTimeout(
        client
          .multi()
          .set(`${prefix}entry:${key}`, text, { EX: TTL_SECONDS })
          .set(`${prefix}stamp:${key}`, String(entry.lastModified), { EX: TTL_SECONDS })
          .exec(),
      )
      local.set(key, entry)
    },
    async tagTimes(tags) {
      if (!tags.length) return []
      await ready()
      const [stale, expired] = await withTimeout(Promise.all([client.hmGet(staleKey, tags), client.hmGet(expiredKey, tags)]))
      return tags.map((_, i) => ({ stale: number(stale[i]), expired: number(expired[i]) }))
    },
    async markTags(tags, { staleAt, expiredAt }) {
      await ready()
      const fields = (at) => Object.fromEntries(tags.map((tag) => [tag, String(at)]))
      const writes = []
      if (staleAt !== undefined) writes.push(client.hSet(staleKey, fields(staleAt)))
      if (expiredAt !== undefined) writes.push(client.hSet(expiredKey, fields(expiredAt)))
      await withTimeout(Promise.all(writes))
    },
  }
}

/** One store per process, shared by the handler instances Next creates (one per request). */
let store
/** Key → when this process last looked it up and found nothing usable (the start of the render that follows). */
const misses = lru(MEMORY_ENTRIES)
function noteMiss(key, at) {
  const earlier = misses.get(key)
  if (earlier === undefined || at - earlier > MISS_MAX_AGE_MS) misses.set(key, at)
}
function storeFor(serverDistDir) {
  if (store) return store
  const url = process.env.NEXT_PHASE === 'phase-production-build' ? undefined : process.env.REDIS_URL
  if (!url) return (store = memoryStore())
  let buildId = 'dev'
  try {
    buildId = fs.readFileSync(path.join(serverDistDir, '..', 'BUILD_ID'), 'utf8').trim()
  } catch {
    // `next dev` has no build id
  }
  const database = createHash('sha256')
    .update(`${process.env.DATABASE_URI ?? ''}|${process.env.DATA_DIR ?? ''}`)
    .digest('hex')
    .slice(0, 12)
  return (store = redisStore(url, `${process.env.REDIS_KEY_PREFIX ?? 'occe'}:${buildId}:${database}:`))
}

/** The tags an entry depends on: those of the read (data cache) or those Next recorded on the page. */
function tagsOf(entry, ctx) {
  const tags = new Set([...(entry.tags ?? []), ...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])])
  const header = entry.value?.headers?.[TAGS_HEADER]
  if (typeof header === 'string') for (const tag of header.split(',')) if (tag) tags.add(tag)
  return [...tags]
}

/** The public path of a page or route entry: Next keys them `/route-cache/<kind>/<hash>/$<path>` ("/" as "/index"). */
export function pagePath(key) {
  const match = /^\/route-cache\/APP_(?:PAGE|ROUTE)\/[0-9a-f]+\/\$(\/.*)$/.exec(String(key))
  if (!match) return null
  const path = match[1]
  if (path === '/index') return '/'
  return path.startsWith('/index/') ? path.slice('/index'.length) : path
}

/** GETs each path through nginx's refresh listener, a few at a time; a failure only leaves nginx's copy to run out. */
async function refreshEdge(base, paths) {
  const queue = [...paths]
  const worker = async () => {
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      try {
        const url = new URL(/[^\x21-\x7e]/.test(path) ? encodeURI(path) : path, base)
        const res = await fetch(url, { signal: AbortSignal.timeout(30_000) })
        await res.arrayBuffer()
      } catch {
        // nginx away or the render failed: its copy runs out within a second or two anyway
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(REFRESH_CONCURRENCY, queue.length) }, worker))
}

export default class PageCache {
  constructor(options = {}) {
    this.store = storeFor(options.serverDistDir ?? '.next/server')
  }

  async get(key, ctx) {
    const path = process.env.EDGE_CACHE_REFRESH_URL ? pagePath(key) : null
    if (path) this.store.notePage(path).catch(() => {}) // not waited for: the page is not slowed down
    const lookedUp = Date.now()
    const miss = () => (noteMiss(key, lookedUp), null)
    try {
      const entry = await this.store.read(key)
      if (!entry || entry.lastModified < startedAt - RENDER_MARGIN_MS) return miss()
      const now = Date.now()
      let stale = false
      for (const times of await this.store.tagTimes(tagsOf(entry, ctx))) {
        if (times.expired !== undefined && times.expired <= now && times.expired > entry.lastModified) return miss()
        if (times.stale !== undefined && times.stale > entry.lastModified) stale = true
      }
      // A tag revalidated "stale" elsewhere: an ancient date makes Next serve it once and render it again.
      if (stale) noteMiss(key, lookedUp)
      else misses.delete(key)
      return { lastModified: stale ? 1 : entry.lastModified, value: entry.value, cacheControl: entry.cacheControl }
    } catch {
      return miss() // the shared store is away: render, as on a miss
    }
  }

  async set(key, value, ctx) {
    // Public pages go without Next's runtime (./scriptFree.mjs). Changed in place: Next sends the first render (a
    // MISS) from this same object once it is stored (next/dist/server/response-cache/index.js, handleRevalidate),
    // so the visitor gets the same bytes whatever the cache state (tests/http/jsBudget.test.ts checks both).
    if (value?.kind === 'APP_PAGE' && typeof value.html === 'string') {
      const path = pagePath(key)
      if (path && isScriptFree(path)) value.html = withoutNextRuntime(value.html)
    }
    // A 404 page is not kept: made-up addresses (`/evenements/x-1`, …) must neither fill the cache nor push
    // real pages out of it (issue 11); rendering one reads only cached slug lists (src/data/bySlug.ts).
    if (value?.kind === 'APP_PAGE' && value.status === 404) return
    const tags = ctx?.tags ?? []
    const now = Date.now()
    const missed = misses.get(key)
    misses.delete(key)
    const lastModified = missed !== undefined && now - missed < MISS_MAX_AGE_MS ? missed : now - RENDER_MARGIN_MS
    const entry = { lastModified, value, tags, cacheControl: ctx?.cacheControl }
    const path = process.env.EDGE_CACHE_REFRESH_URL ? pagePath(key) : null
    if (path) this.store.notePage(path, tagsOf(entry, ctx)).catch(() => {})
    try {
      await this.store.write(key, entry)
    } catch {
      // not cached this time; the page was served all the same
    }
  }

  /** `durations` as Next 16 passes them: none = expire now; `{ expire }` = stale now, expired after it. */
  async revalidateTag(tags, durations) {
    const list = (typeof tags === 'string' ? [tags] : tags).filter(Boolean)
    if (!list.length) return
    const now = Date.now()
    const times = durations
      ? { staleAt: now, expiredAt: durations.expire !== undefined ? now + durations.expire * 1000 : undefined }
      : { expiredAt: now }
    await this.store.markTags(list, times)
    const edge = process.env.EDGE_CACHE_REFRESH_URL
    if (edge) {
      // Once the expiry holds (a render started from then on reads the new content); not waited for.
      const refresh = () =>
        this.store
          .recentPages(now - EDGE_HOLDS_MS)
          .then((pages) => {
            const expired = new Set(list)
            const paths = pages.filter((page) => page.tags.some((tag) => expired.has(tag))).map((page) => page.path)
            return refreshEdge(edge, paths.slice(0, REFRESH_MAX_PAGES))
          })
          .catch(() => {})
      const wait = (times.expiredAt ?? now) - now
      if (wait > 0) setTimeout(refresh, wait).unref()
      else refresh()
    }
  }

  resetRequestCache() {}
}

/**
 * Outside a request (the jobs runner publishing on schedule) Next's `revalidateTag` cannot run; the
 * revalidation hooks expire their tags here instead, in the same store (src/hooks/revalidate.ts). They run
 * inside the write's transaction, before it is committed: the entries are stale now (served once more while
 * rendered again) and expire RENDER_MARGIN_MS later, when renders read the committed change. (Next runs a
 * request's revalidations after its handler, so after the commit: those expire at once.)
 */
globalThis[Symbol.for('occe.expireCacheTags')] = async (tags) => {
  if (store) await new PageCache().revalidateTag(tags, { expire: RENDER_MARGIN_MS / 1000 })
}
