/**
 * The public-write token buckets in Redis (`REDIS_URL`, the server the page cache already uses), so that
 * every `next start` process of a deployment takes from one bucket per client: with N processes a client
 * gets the configured rate, not N times it. One Lua script reads, refills and takes atomically, on Redis's
 * clock (processes never disagree about time). Answers null when Redis is not configured or not answering:
 * the caller then falls back to this process's own buckets (./rateLimit.ts), never to no limit.
 */
import { createClient } from '@redis/client'

import { processState } from '../../concurrency/processState'

const TIMEOUT_MS = 500

/** KEYS[1] bucket; ARGV burst, seconds to refill it. Returns 1 (token taken) or 0. */
const TAKE = `
local burst = tonumber(ARGV[1])
local rate = burst / (tonumber(ARGV[2]) * 1000)
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local bucket = redis.call('HMGET', KEYS[1], 'tokens', 'updated')
local tokens = tonumber(bucket[1]) or burst
local updated = tonumber(bucket[2]) or now
tokens = math.min(burst, tokens + math.max(0, now - updated) * rate)
local allowed = 0
if tokens >= 1 then
  tokens = tokens - 1
  allowed = 1
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'updated', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil((burst - tokens) / rate) + 1000)
return allowed
`

const newClient = (url: string) =>
  createClient({
    url,
    disableOfflineQueue: true, // Redis away: fail at once (this process's buckets) instead of queueing
    socket: { connectTimeout: 2000, reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, 2000) },
  })
type Client = ReturnType<typeof newClient>

/** One connection per process, made on first use. */
const shared = processState('rateLimit.redis', () => ({
  url: '',
  client: null as Client | null,
  connected: null as Promise<unknown> | null,
  lastComplaint: 0,
}))

function complain(error: unknown) {
  if (Date.now() - shared.lastComplaint < 30_000) return
  shared.lastComplaint = Date.now()
  console.error(
    `Limite partagée (Redis) indisponible, limite de ce processus appliquée : ${(error as Error)?.message ?? error}`,
  )
}

function connection(url: string): Client {
  if (shared.client && shared.url === url) return shared.client
  const client = newClient(url)
  client.on('error', complain)
  Object.assign(shared, { url, client, connected: client.connect().catch(complain) })
  return client
}

const withTimeout = <T>(promise: Promise<T>) =>
  Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('Redis: no answer')), TIMEOUT_MS).unref()),
  ])

/** True/false from the shared bucket of `key`; null when there is no shared store to ask. */
export async function takeSharedToken(key: string, burst: number, perSeconds: number): Promise<boolean | null> {
  const url = process.env.REDIS_URL
  if (!url) return null
  try {
    const client = connection(url)
    await withTimeout(Promise.resolve(shared.connected))
    if (!client.isReady) return null
    const bucket = `${process.env.REDIS_KEY_PREFIX ?? 'occe'}:ratelimit:public-writes:${key}`
    const reply = await withTimeout(
      client.eval(TAKE, { keys: [bucket], arguments: [String(burst), String(perSeconds)] }),
    )
    return Number(reply) === 1
  } catch (error) {
    complain(error)
    return null
  }
}
