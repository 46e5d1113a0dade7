/**
 * The job runner steps aside while SQLite writes queue in the process (a burst of registrations) and 1.5 s
 * after, for 30 s at most, so that its bookkeeping writes neither end the registrations' shared transaction
 * nor take their CPU.
 */
import { describe, expect, it } from '@jest/globals'

import { announceSqliteTransaction, exclusiveWrite } from '../../src/db/sqliteTransactions'
import { shouldAutoRunNow } from '../../src/jobs/autoRun'

const production = { NODE_ENV: 'production' } as NodeJS.ProcessEnv

describe('the job runner during a burst of writes', () => {
  it('waits while writes queue, runs again once they are done or after 30 s', async () => {
    expect(shouldAutoRunNow(production)).toBe(true)
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    const first = exclusiveWrite('/tmp/occe-unit-burst.db', () => held)
    const second = exclusiveWrite('/tmp/occe-unit-burst.db', async () => undefined)
    await new Promise((resolve) => setImmediate(resolve))

    const t0 = Date.now()
    expect(shouldAutoRunNow(production, t0)).toBe(false)
    expect(shouldAutoRunNow(production, t0 + 29_000)).toBe(false)
    expect(shouldAutoRunNow(production, t0 + 30_000)).toBe(true)

    release()
    await Promise.all([first, second])
    // Once nothing has waited for 1.5 s.
    expect(shouldAutoRunNow(production, Date.now() + 500)).toBe(false)
    expect(shouldAutoRunNow(production, Date.now() + 1_500)).toBe(true)
    // Never in a process that does not run jobs.
    expect(shouldAutoRunNow({ NODE_ENV: 'production', RUN_JOBS: 'false' } as NodeJS.ProcessEnv)).toBe(false)
  })

  it('also waits while registrations are announced (over HTTP they reach the queue a few ms apart, rarely waiting)', () => {
    const withdraw = announceSqliteTransaction({ db: { clientConfig: { url: 'file:/tmp/occe-unit-announce.db' } } })
    expect(shouldAutoRunNow(production, Date.now() + 1_500)).toBe(false)
    withdraw()
    expect(shouldAutoRunNow(production, Date.now() + 500)).toBe(false)
    expect(shouldAutoRunNow(production, Date.now() + 1_500)).toBe(true)
  })
})
