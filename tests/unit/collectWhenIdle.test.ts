/**
 * The server collects its garbage once it falls idle (src/startup/collectWhenIdle.ts, started by
 * src/instrumentation.ts): V8 alone leaves a grown heap full of garbage for as long as nothing allocates (the
 * bench's server: 425 → 430 MB over 24 s without requests, 230 MB once collected).
 */
import { describe, expect, it } from '@jest/globals'

import { collectWhenIdle } from '@/startup/collectWhenIdle'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('collection when idle', () => {
  it('frees the garbage of a burst within a few seconds of idleness', async () => {
    collectWhenIdle()
    let kept: string[] = []
    // A burst: 100+ MB of strings, then dropped (busy for the first check, idle after).
    for (let i = 0; i < 400; i++)
      kept.push(
        `${i}`
          .padEnd(256 * 1024, 'x')
          .split('')
          .join(''),
      )
    const grown = process.memoryUsage().heapUsed
    kept = []
    expect(kept).toHaveLength(0)
    await sleep(5500)
    expect(process.memoryUsage().heapUsed).toBeLessThan(grown / 2)
  }, 20_000)
})
