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
      return figures
    } catch {
      // not written yet
    }
  }
  return {}
}
