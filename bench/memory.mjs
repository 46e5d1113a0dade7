/** Resident memory of the server: VmRSS summed over the `next start` process tree (next-server included). */
import fs from 'node:fs'
import path from 'node:path'

import { sleep } from './lib.mjs'
import { processTree } from './server.mjs'

export function serverRss(pid) {
  const processes = []
  for (const p of processTree(pid)) {
    try {
      const status = fs.readFileSync(`/proc/${p}/status`, 'utf8')
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0)
      const name = /Name:\s+(.+)/.exec(status)?.[1]
      processes.push({ pid: p, name, mb: Math.round(kb / 1024) })
    } catch {
      // exited meanwhile
    }
  }
  return { totalMb: processes.reduce((s, p) => s + p.mb, 0), processes }
}

/**
 * Where a process's resident memory is, from /proc/<pid>/smaps (MB): `fileMb` mapped files (node's binary,
 * native addons: shared, mostly code), `brkHeapMb` glibc's main malloc arena ([heap]), `anonMb` the other
 * anonymous mappings (V8's heap pages, glibc's second arena with MALLOC_ARENA_MAX=2, thread stacks, libvips).
 * With the probe's V8 figures beside it this tells V8 from native (malloc) memory.
 */
export function residentBreakdown(pid) {
  let text
  try {
    text = fs.readFileSync(`/proc/${pid}/smaps`, 'utf8')
  } catch {
    return {}
  }
  const kb = { file: 0, brkHeap: 0, anon: 0 }
  let kind = 'anon'
  for (const line of text.split('\n')) {
    const mapping = /^[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ (\d+)\s*(.*)$/.exec(line)
    if (mapping) {
      const name = mapping[2].trim()
      kind = name === '[heap]' ? 'brkHeap' : name.startsWith('/') ? 'file' : 'anon'
      continue
    }
    const rss = /^Rss:\s+(\d+) kB/.exec(line)
    if (rss) kb[kind] += Number(rss[1])
  }
  const mb = (x) => Math.round(x / 1024)
  return { fileMb: mb(kb.file), brkHeapMb: mb(kb.brkHeap), anonMb: mb(kb.anon) }
}

/**
 * What the biggest node process of the server holds (V8 heap used, external and array buffers, heap spaces),
 * read from the probe; {} when it did not answer within 10 s (a heap snapshot can take a few seconds).
 */
export async function serverMemory(pid, dataDir) {
  const biggest = serverRss(pid)
    .processes.filter((p) => /node|next/.test(p.name ?? ''))
    .sort((a, b) => b.mb - a.mb)[0]
  if (!biggest) return {}
  const file = path.join(dataDir, `memory-${biggest.pid}.json`)
  fs.rmSync(file, { force: true })
  try {
    process.kill(biggest.pid, 'SIGUSR2')
  } catch {
    return {}
  }
  for (let i = 0; i < 100; i++) {
    await sleep(100)
    try {
      const { pid: _pid, ...figures } = JSON.parse(fs.readFileSync(file, 'utf8'))
      return { ...figures, ...residentBreakdown(biggest.pid) }
    } catch {
      // not written yet
    }
  }
  return {}
}
