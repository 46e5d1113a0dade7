/**
 * Token bucket per client IP for public writes, RSVP_RATE_LIMIT="burst/seconds" (default 10/60: 10
 * submissions at once, then one every 6 s). With REDIS_URL (several processes, deploy/README.md) the buckets
 * are in Redis and shared by every process (./sharedBuckets.ts); without it, or while Redis is not answering,
 * each process keeps its own (with N processes a client then gets up to N times the rate).
 */
import { processState } from '../../concurrency/processState'
import { clientAddress } from '../../security/clientAddress'
import { takeSharedToken } from './sharedBuckets'

type Bucket = { tokens: number; updated: number }

export function parseLimit(value: string | undefined): { burst: number; perSeconds: number } | null {
  if (value === 'off') return null
  const match = /^(\d+)\/(\d+)$/.exec(value ?? '')
  if (!match) return { burst: 10, perSeconds: 60 }
  return { burst: Math.max(1, Number(match[1])), perSeconds: Math.max(1, Number(match[2])) }
}

export class RateLimiter {
  private buckets = new Map<string, Bucket>()
  constructor(
    readonly burst: number,
    readonly perSeconds: number,
    private now: () => number = Date.now,
  ) {}

  /** True if the request may go ahead (and takes a token). */
  take(key: string): boolean {
    const now = this.now()
    const rate = this.burst / (this.perSeconds * 1000)
    const bucket = this.buckets.get(key) ?? { tokens: this.burst, updated: now }
    bucket.tokens = Math.min(this.burst, bucket.tokens + (now - bucket.updated) * rate)
    bucket.updated = now
    const allowed = bucket.tokens >= 1
    if (allowed) bucket.tokens -= 1
    this.buckets.set(key, bucket)
    if (this.buckets.size > 50_000) this.sweep(now, rate)
    return allowed
  }

  /** Full buckets carry no information: drop them so memory stays bounded. */
  private sweep(now: number, rate: number) {
    for (const [key, b] of this.buckets) if (b.tokens + (now - b.updated) * rate >= this.burst) this.buckets.delete(key)
  }
}

/** One limiter per process: the route (token before the body) and the collection hook share its buckets. */
const shared = processState('rateLimit.publicWrites', () => ({
  limiter: null as RateLimiter | null,
  config: undefined as string | undefined,
  made: false,
}))

export function publicWriteLimiter(): RateLimiter | null {
  const config = process.env.RSVP_RATE_LIMIT
  if (!shared.made || shared.config !== config) {
    const limit = parseLimit(config)
    Object.assign(shared, {
      limiter: limit ? new RateLimiter(limit.burst, limit.perSeconds) : null,
      config,
      made: true,
    })
  }
  return shared.limiter
}

/** True if this client may write now (and takes its token): the shared bucket when there is one, else this process's. */
export async function takePublicWriteToken(key: string): Promise<boolean> {
  const limiter = publicWriteLimiter()
  if (!limiter) return true
  return (await takeSharedToken(key, limiter.burst, limiter.perSeconds)) ?? limiter.take(key)
}

/** The key of a client: see src/security/clientAddress.ts for which headers are trusted, and when. */
export const clientIp = (headers: Headers): string => clientAddress(headers)

export const RATE_LIMIT_MESSAGE = 'Trop de demandes depuis votre connexion : réessayez dans une minute.'
