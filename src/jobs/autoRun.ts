import { lastQueuedWriteAt, queuedWrites } from '../db/sqliteTransactions'

/**
 * Whether this process runs the job queue. With several app instances, exactly one runs it (the others
 * set RUN_JOBS=false), so a scheduled publication or an erasure never runs twice at the same time.
 * Tests never run it on their own: they call the queue explicitly.
 */
export function shouldRunJobs(env: NodeJS.ProcessEnv): boolean {
  if (env.NODE_ENV === 'test') return false
  const value = env.RUN_JOBS?.trim().toLowerCase()
  return !(value === 'false' || value === '0' || value === 'no' || value === 'off')
}

/** The queue runner waits at most this long in a row for a burst of writes to end. */
const MAX_DEFER_MS = 30_000
/** A burst counts as over once no write has had to wait for this long. */
const QUIET_MS = 1_500
let deferredSince: number | undefined

/**
 * Payload's `shouldAutoRun`, asked at each tick: in the process that runs jobs, and not while writes queue for
 * SQLite in this process (a burst of registrations). Each job writes its bookkeeping, which would end the
 * shared transaction of the queued registrations (src/db/sqliteTransactions.ts) and take the CPU they need
 * (measured: the e-mail jobs running during a 200-registration burst tripled its p99). The e-mails stay queued
 * and leave once the burst is over, at most MAX_DEFER_MS later.
 */
export function shouldAutoRunNow(env: NodeJS.ProcessEnv, now = Date.now()): boolean {
  if (!shouldRunJobs(env)) return false
  if (queuedWrites() === 0 && now - lastQueuedWriteAt() >= QUIET_MS) {
    deferredSince = undefined
    return true
  }
  deferredSince ??= now
  return now - deferredSince >= MAX_DEFER_MS
}
