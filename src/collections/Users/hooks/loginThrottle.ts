/**
 * Failed logins slow down the client that makes them, not the account they aim at.
 *
 * Payload's own lockout (`maxLoginAttempts`) counts per account: anyone who knows a staff address could lock
 * that person out, and « verrouillé » answered only for existing accounts told which addresses exist (it
 * also issues `findAndModify` with a projection, which some MongoDB-compatible servers lack → 500). It is
 * off; instead, per process (src/concurrency/processState.ts):
 * - per client address + account: after ACCOUNT_LIMIT failures in WINDOW_MS, that pair is refused;
 * - per client address: after ADDRESS_LIMIT failures in WINDOW_MS (any accounts), that address is refused.
 * A refusal is the same 429 and French message whether the account exists or not, and a colleague at
 * another address still logs in. Unknown accounts cost the same password-hashing time as known ones.
 * The client address comes from src/security/clientAddress.ts (trusted proxy headers only with
 * TRUST_PROXY=1); with several instances each counts its own failures (docs/security.md).
 */
import crypto from 'node:crypto'

import {
  APIError,
  type CollectionAfterLoginHook,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
} from 'payload'

import { processState } from '../../../concurrency/processState'
import { clientAddress } from '../../../security/clientAddress'

export const WINDOW_MS = 15 * 60 * 1000
export const ACCOUNT_LIMIT = 5
export const ADDRESS_LIMIT = 20
export const LOGIN_THROTTLED_MESSAGE =
  'Trop de tentatives de connexion depuis votre connexion internet : réessayez dans 15 minutes.'
const MAX_KEYS = 100_000

type Counter = { failures: number; until: number }

/** Fixed windows per key; expired keys are swept, and the oldest dropped beyond MAX_KEYS. */
export class FailureCounter {
  private counters = new Map<string, Counter>()
  constructor(private now: () => number = Date.now) {}

  count(key: string): number {
    const counter = this.counters.get(key)
    if (!counter) return 0
    if (counter.until <= this.now()) {
      this.counters.delete(key)
      return 0
    }
    return counter.failures
  }

  add(key: string, delta = 1): void {
    const now = this.now()
    const current = this.counters.get(key)
    const counter = current && current.until > now ? current : { failures: 0, until: now + WINDOW_MS }
    counter.failures = Math.max(0, counter.failures + delta)
    this.counters.delete(key)
    if (counter.failures > 0) this.counters.set(key, counter)
    if (this.counters.size > MAX_KEYS) this.sweep(now)
  }

  clear(key: string): void {
    this.counters.delete(key)
  }

  private sweep(now: number) {
    for (const [key, counter] of this.counters) if (counter.until <= now) this.counters.delete(key)
    for (const key of this.counters.keys()) {
      if (this.counters.size <= MAX_KEYS) break
      this.counters.delete(key)
    }
  }
}

const failures = processState('loginThrottle.failures', () => new FailureCounter())
/** Tests reset the store between cases. */
export const loginFailures = () => failures

const emailOf = (args: unknown): string => {
  const data = (args as { data?: { email?: unknown } }).data
  return typeof data?.email === 'string' ? data.email.trim().toLowerCase() : ''
}
const keys = (req: PayloadRequest, email: string) => {
  const address = clientAddress(req.headers ?? new Headers())
  return { address: `ip:${address}`, account: `ip:${address}|${email}` }
}

/** Same cost as checking a real password (Payload's current pbkdf2 parameters), so timing tells nothing. */
const burnPasswordTime = (password: unknown) =>
  new Promise<void>((resolve) =>
    crypto.pbkdf2(typeof password === 'string' ? password : '', crypto.randomBytes(32), 600_000, 32, 'sha256', () =>
      resolve(),
    ),
  )

/**
 * Before every login (REST, GraphQL, Local API): refuse a throttled client, then count this attempt as a
 * failure in advance; a success takes it back (`forgetSuccessfulLogin`). Counting before the outcome
 * needs no hook on Payload's error path and also counts parallel attempts.
 */
export const throttleLogin: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const email = emailOf(args)
  const key = keys(req, email)
  if (failures.count(key.address) >= ADDRESS_LIMIT || failures.count(key.account) >= ACCOUNT_LIMIT)
    throw new APIError(LOGIN_THROTTLED_MESSAGE, 429, null, true)
  failures.add(key.address)
  failures.add(key.account)
  const known = email
    ? await req.payload.db.findOne({ collection: 'users', where: { email: { equals: email } }, req })
    : null
  if (!known) await burnPasswordTime((args as { data?: { password?: unknown } }).data?.password)
  return args
}

export const forgetSuccessfulLogin: CollectionAfterLoginHook = ({ req, user }) => {
  const key = keys(req, String((user as { email?: string }).email ?? '').toLowerCase())
  failures.add(key.address, -1)
  failures.clear(key.account)
  return user
}
