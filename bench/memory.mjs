/** Resident memory of the server: VmRSS summed over the `next start` process tree (next-server included). */
import fs from 'node:fs'

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
