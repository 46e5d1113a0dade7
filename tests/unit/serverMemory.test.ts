/**
 * The server's memory allocator (issue 14, memory): `npm start` (which the systemd units run), the bench and the
 * topology start `next start` through scripts/serverMemory.sh, which preloads jemalloc when it is installed
 * (Debian's libjemalloc2, a dependency of redis-server) and bounds glibc's arenas otherwise. With glibc alone
 * the server kept 100+ MB of freed native memory after the bench's page loads (bench/memory.mjs).
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from '@jest/globals'

const root = process.cwd()
const JEMALLOC = ['/usr/lib/x86_64-linux-gnu/libjemalloc.so.2', '/usr/lib/aarch64-linux-gnu/libjemalloc.so.2'].find(
  (lib) => fs.existsSync(lib),
)

/** What a node process started through the script runs with: its allocator (mapped libraries) and variables. */
function probe(env: Record<string, string> = {}) {
  const script = `const maps = require('fs').readFileSync('/proc/self/maps', 'utf8');
    console.log(JSON.stringify({ jemalloc: /libjemalloc/.test(maps), arenas: process.env.MALLOC_ARENA_MAX ?? null }))`
  const result = spawnSync('sh', ['scripts/serverMemory.sh', process.execPath, '-e', script], {
    cwd: root,
    env: { ...process.env, LD_PRELOAD: '', MALLOC_CONF: '', ...env },
    encoding: 'utf8',
  })
  expect(result.status).toBe(0)
  return JSON.parse(result.stdout) as { jemalloc: boolean; arenas: string | null }
}

describe('server memory allocator (scripts/serverMemory.sh)', () => {
  it('is how npm start, the bench and the topology start next', () => {
    const { scripts } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'))
    expect(scripts.start).toMatch(/sh scripts\/serverMemory\.sh next start$/)
    for (const file of ['bench/server.mjs', 'scripts/topology.mjs'])
      expect(fs.readFileSync(path.join(root, file), 'utf8')).toMatch(/scripts\/serverMemory\.sh/)
  })

  it('runs the server with jemalloc when it is installed, glibc with two arenas otherwise', () => {
    const started = probe()
    expect(started.arenas).toBe('2')
    expect(started.jemalloc).toBe(Boolean(JEMALLOC))
    expect(probe({ OCCE_JEMALLOC: '0' })).toEqual({ jemalloc: false, arenas: '2' })
  })

  // CI and the deployment install redis-server, which brings libjemalloc2: there the server must get it.
  it('finds jemalloc on this machine (Debian libjemalloc2)', () => {
    expect(JEMALLOC).toBeDefined()
  })
})
