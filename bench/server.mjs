/**
 * The system under test: a production build in .next-bench, a migrated and seeded SQLite database in a
 * temporary DATA_DIR (ceremony shifted so that it takes registrations), `next start` on 127.0.0.1.
 */
import { spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { bin, freePort, MEMORY_PROBE, root, run, sleep } from './lib.mjs'

export const DIST_DIR = '.next-bench'
export const ADMIN = {
  email: 'bench-admin@bench.occe.test',
  password: `Bench-${crypto.randomBytes(9).toString('hex')}-2026!`,
}

/** Whole weeks that move the ceremony (4 June 2026, 09:00 Paris) about three weeks ahead of today. */
export function shiftWeeks(now = new Date()) {
  const week = 7 * 24 * 3600 * 1000
  const ceremony = Date.UTC(2026, 5, 4, 7, 0)
  return Math.max(0, Math.ceil((now.getTime() - ceremony) / week) + 3)
}

export function benchEnv(dataDir, baseUrl) {
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_DIST_DIR: DIST_DIR,
    PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'),
    DATA_DIR: dataDir,
    MEDIA_DIR: path.join(dataDir, 'media'),
    SERVER_URL: baseUrl,
    ALLOW_INSECURE_COOKIES: '1',
    SEED_ON_START: 'false',
    RSVP_RATE_LIMIT: 'off', // 200 registrations come from one address: the burst measures the engine, not the limiter
    BENCH_ADMIN_EMAIL: ADMIN.email,
    BENCH_ADMIN_PASSWORD: ADMIN.password,
  }
  for (const key of ['DATABASE_URI', 'SMTP_HOST', 'NODE_OPTIONS', 'TEST_DATABASE_URI']) delete env[key]
  // The memory probe (SIGUSR2 → figures in DATA_DIR), plus BENCH_SERVER_NODE_OPTIONS to profile the server.
  env.NODE_OPTIONS = [`--require=${MEMORY_PROBE}`, process.env.BENCH_SERVER_NODE_OPTIONS].filter(Boolean).join(' ')
  return env
}

export async function build(log) {
  const started = Date.now()
  await run(bin('next'), ['build'], {
    // No type check (next.config.mjs): CI checks the types; the bench only needs the build.
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      NEXT_DIST_DIR: DIST_DIR,
      NEXT_SKIP_TYPE_CHECK: '1',
    },
    timeoutMs: 20 * 60_000, // a loaded machine (other builds) has taken more than 8 minutes
  })
  log(`build: ${((Date.now() - started) / 1000).toFixed(0)} s in ${DIST_DIR}`)
}

/** Temp DATA_DIR, migrations + seed (shifted) + admin account; returns what the server needs. */
export async function prepareDatabase(log) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'occe-bench-'))
  const port = await freePort()
  const baseUrl = `http://127.0.0.1:${port}`
  const env = benchEnv(dataDir, baseUrl)
  const weeks = shiftWeeks()
  const dbFile = path.join(dataDir, 'site.db')
  // Compiled ahead of time and run by plain node (scripts/run.mjs): each runs once, a failure stops the bench.
  const t0 = Date.now()
  await run(process.execPath, ['scripts/run.mjs', 'src/seed/run.ts', `--shift-weeks=${weeks}`], {
    env,
    timeoutMs: 3 * 60_000,
  })
  // The seeded database as it is now, before any account or run touches it: the topology section starts from a
  // copy of it instead of seeding again (scripts/topology.mjs `seededDataDir`).
  const seededDir = fs.mkdtempSync(path.join(os.tmpdir(), 'occe-bench-seeded-'))
  fs.cpSync(dataDir, seededDir, { recursive: true })
  await run(process.execPath, ['scripts/run.mjs', 'bench/staff.mjs'], { env, timeoutMs: 2 * 60_000 })
  log(`database: ${dataDir}/site.db (seed shifted by ${weeks} weeks, ${((Date.now() - t0) / 1000).toFixed(0)} s)`)
  return { dataDir, port, baseUrl, env, dbFile, seededDir }
}

/**
 * The server process, as `npm start` runs it: `next start` through scripts/serverMemory.sh (its memory allocator;
 * `exec`, so the pid is next's own). The one place that says how the bench starts the server.
 */
function spawnServer(ctx, stdio) {
  const command = ['scripts/serverMemory.sh', bin('next'), 'start', '-H', '127.0.0.1', '-p', String(ctx.port)]
  return spawn('sh', command, { cwd: root, env: ctx.env, stdio })
}

export async function startServer(ctx) {
  const log = fs.openSync(path.join(ctx.dataDir, 'server.log'), 'a')
  const child = spawnServer(ctx, ['ignore', log, log])
  fs.closeSync(log)
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`next start exited with ${child.exitCode} (see ${ctx.dataDir}/server.log)`)
    try {
      if ((await fetch(`${ctx.baseUrl}/api/health`)).ok) return child
    } catch {
      // not listening yet
    }
    await sleep(200)
  }
  child.kill('SIGKILL')
  throw new Error('server not healthy after 60 s')
}

/** Stops the server and every process it started (next start forks next-server). */
export async function stopServer(child) {
  if (!child || child.exitCode !== null) return
  const tree = processTree(child.pid)
  for (const pid of tree.reverse()) {
    try {
      process.kill(pid, 'SIGTERM')
    } catch {
      // already gone
    }
  }
  for (let i = 0; i < 50 && child.exitCode === null; i++) await sleep(100)
  for (const pid of tree) {
    try {
      process.kill(pid, 'SIGKILL')
    } catch {
      // already gone
    }
  }
}

/** pid and every descendant, read from /proc. */
export function processTree(pid) {
  const children = new Map()
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      if (!children.has(ppid)) children.set(ppid, [])
      children.get(ppid).push(Number(entry))
    } catch {
      // exited meanwhile
    }
  }
  const out = []
  const queue = [pid]
  while (queue.length && out.length < 100) {
    const p = queue.shift()
    out.push(p)
    queue.push(...(children.get(p) ?? []))
  }
  return out
}
