/**
 * A production build can hold two copies of one of our modules (one per server layer). Per-process state
 * must not be split between them: two copies of the rate-limit and lock modules share their state.
 */
import { describe, expect, it, jest } from '@jest/globals'

async function twoCopies<T>(load: () => Promise<T>): Promise<[T, T]> {
  let first: T | undefined
  let second: T | undefined
  await jest.isolateModulesAsync(async () => {
    first = await load()
  })
  await jest.isolateModulesAsync(async () => {
    second = await load()
  })
  return [first as T, second as T]
}

describe('state kept once per process', () => {
  it('two copies of the rate-limit module count against the same buckets', async () => {
    process.env.RSVP_RATE_LIMIT = '2/60'
    const [a, b] = await twoCopies(() => import('../../src/rsvp/http/rateLimit'))
    expect(a).not.toBe(b)
    expect(a.publicWriteLimiter()?.take('192.0.2.1')).toBe(true)
    expect(b.publicWriteLimiter()?.take('192.0.2.1')).toBe(true)
    expect(a.publicWriteLimiter()?.take('192.0.2.1')).toBe(false)
    delete process.env.RSVP_RATE_LIMIT
  })

  it('two copies of the lock module queue work on the same key one after the other', async () => {
    const [a, b] = await twoCopies(() => import('../../src/concurrency/mutex'))
    expect(a).not.toBe(b)
    const order: string[] = []
    const slow = (name: string) => async () => {
      order.push(`${name} starts`)
      await new Promise((r) => setTimeout(r, 20))
      order.push(`${name} ends`)
    }
    await Promise.all([a.withLock('seats:1', slow('first')), b.withLock('seats:1', slow('second'))])
    expect(order).toEqual(['first starts', 'first ends', 'second starts', 'second ends'])
  })
})
