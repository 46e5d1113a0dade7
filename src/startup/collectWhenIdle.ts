import { performance } from 'node:perf_hooks'
import v8 from 'node:v8'
import vm from 'node:vm'

/** How often the server looks whether it is idle, and how busy its event loop may be and still count as idle. */
const CHECK_MS = 2000
const IDLE_UTILIZATION = 0.01

/**
 * One full garbage collection once the server falls idle after a busy period (issue 14, memory). V8 collects
 * when it allocates: after a burst (50 searches at once, the sitemap of 10,000 releases) the heap stays grown and
 * full of garbage — with its native buffers — for as long as no request comes (measured: RSS 425 → 430 MB over 24 s
 * without requests). Collected, V8 frees the buffers and jemalloc (scripts/serverMemory.sh) returns them to the
 * system: 524 → 334 MB 3 s after the bench's searches, 230 MB 4 s later. Never while busy (the event loop worked
 * more than 1 % of the last 2 s), once per idle period: one full collection, when nothing waits for it.
 */
export function collectWhenIdle() {
  v8.setFlagsFromString('--expose-gc')
  const gc = vm.runInNewContext('gc') as () => void
  let since = performance.eventLoopUtilization()
  let collected = true
  setInterval(() => {
    const busy = performance.eventLoopUtilization(since).utilization > IDLE_UTILIZATION
    if (busy) collected = false
    else if (!collected) {
      gc()
      collected = true
    }
    since = performance.eventLoopUtilization() // from now: the collection itself is not activity
  }, CHECK_MS).unref()
}
