/**
 * Preloaded in the bench's server (NODE_OPTIONS=--require): on SIGUSR2 it collects garbage and writes what the process still holds
 * (process.memoryUsage, V8 heap spaces) to $DATA_DIR/memory-<pid>.json, and a heap snapshot next to it
 * when BENCH_HEAP_SNAPSHOT=1, and the CPU profile of the section (BENCH_CPU_PROFILE=1). The bench reads it
 * between sections to say what grows.
 */
const fs = require('node:fs')
const path = require('node:path')
const v8 = require('node:v8')

const dir = process.env.DATA_DIR
if (dir) {
  // A full collection before measuring: what is retained, not garbage waiting for the next GC.
  v8.setFlagsFromString('--expose-gc')
  const gc = require('node:vm').runInNewContext('gc')
  let n = 0
  process.on('SIGUSR2', () => {
    const mb = (x) => Math.round(x / 2 ** 20)
    const before = process.memoryUsage()
    gc()
    const usage = process.memoryUsage()
    const stats = v8.getHeapSpaceStatistics()
    const spaces = Object.fromEntries(stats.map((s) => [s.space_name, mb(s.space_used_size)]))
    // What each space holds in memory (committed), used or not: V8's reserve beside the live objects.
    const spacesCommitted = Object.fromEntries(stats.map((s) => [s.space_name, mb(s.physical_space_size)]))
    const out = {
      pid: process.pid,
      rssMb: mb(usage.rss),
      heapUsedBeforeGcMb: mb(before.heapUsed),
      heapUsedMb: mb(usage.heapUsed),
      heapTotalMb: mb(usage.heapTotal),
      externalMb: mb(usage.external),
      arrayBuffersMb: mb(usage.arrayBuffers),
      spaces,
      spacesCommitted,
    }
    if (process.env.BENCH_HEAP_SNAPSHOT === '1')
      out.snapshot = v8.writeHeapSnapshot(path.join(dir, `heap-${process.pid}-${++n}.heapsnapshot`))
    if (profiler) {
      // The CPU profile of the section that just ended; a new one starts for the next.
      const file = path.join(dir, `cpu-${process.pid}-${++sections}.cpuprofile`)
      profiler.post('Profiler.stop', (error, result) => {
        if (!error) fs.writeFileSync(file, JSON.stringify(result.profile))
        profiler.post('Profiler.start')
      })
      out.cpuProfile = file
    }
    fs.writeFileSync(path.join(dir, `memory-${process.pid}.json`), JSON.stringify(out))
  })
  // BENCH_CPU_PROFILE=1: the server's CPU profile, one file per bench section (read with Chrome's DevTools).
  let profiler
  let sections = 0
  if (process.env.BENCH_CPU_PROFILE === '1') {
    profiler = new (require('node:inspector').Session)()
    profiler.connect()
    profiler.post('Profiler.enable', () => profiler.post('Profiler.start'))
  }
}
