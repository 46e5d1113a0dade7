/**
 * The server collects its garbage once it falls idle (src/startup/collectWhenIdle.ts, started by
 * src/instrumentation.ts): V8 alone leaves a grown heap full of garbage for as long as nothing allocates (the
 * bench's server: 425 → 430 MB over 24 s without requests, 230 MB once collected).
 */
import { describe, expect, it } from '@jest/globals'

import { collectWhenIdle } from '@/startup/collectWhenIdle'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('collection when idle', () => {
  // Observed through a WeakRef on the burst's garbage, not the heap's size: the test worker's heap also holds
  // what other test files left (1.4 GB in one CI run), which a collection need not free.
  it('frees the garbage of a burst within a few seconds of idleness', async () => {
    collectWhenIdle()
    // A burst (busy for the first check, idle after) leaving a large array in V8's old space: only a full
    // collection frees it, and nothing allocates afterwards to start one.
    let burst: number[] | undefined = Array.from({ length: 4_000_000 }, (_, i) => i)
    const garbage = new WeakRef(burst)
    burst = undefined
    expect(burst).toBeUndefined()
    await sleep(5500)
    expect(garbage.deref()).toBeUndefined()
  }, 20_000)
})
