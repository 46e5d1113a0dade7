/**
 * Serves a production build on 127.0.0.1 with a fresh, migrated and seeded database for the HTTP and
 * browser tests: SQLite, or a new database on the MongoDB-protocol server named by TEST_DATABASE_URI.
 * Builds first when no build exists (CI builds before testing).
 */
import { execFileSync, spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { freePort } from './freePort'
import { startMailbox } from './smtpMailbox'

const root = process.cwd()

/**
 * Which page is the server's first request, made before any test: `admin` (GET /admin/login, what staff do
 * after a deployment; the default) or `public` (GET /). A production build may compile Payload and our
 * code once per server layer, and the layer that asks first used to own the process-wide Payload instance:
 * scripts/test.sh runs the RSVP, REST-refusal and admin-error tests once in each order.
 */
export const FIRST_REQUESTS = { admin: '/admin/login', public: '/' } as const

function firstRequestPath(): string {
  const order = process.env.TEST_FIRST_REQUEST || 'admin'
  if (!(order in FIRST_REQUESTS))
    throw new Error(`TEST_FIRST_REQUEST must be one of ${Object.keys(FIRST_REQUESTS).join(', ')}, not « ${order} »`)
  return FIRST_REQUESTS[order as keyof typeof FIRST_REQUESTS]
}

/** Readiness without an HTTP request: a probe through a route would itself be the first request. */
async function waitForPort(port: number, child: { exitCode: number | null }, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`)
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.end()
        resolve(true)
      })
      socket.on('error', () => resolve(false))
    })
    if (open) return
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`server not listening after ${timeoutMs} ms`)
}

async function waitForHealth(url: string, child: { exitCode: number | null }, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`)
    try {
      const res = await fetch(`${url}/api/health`)
      if (res.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`server not healthy after ${timeoutMs} ms`)
}

export default async function startWebServer() {
  if (!fs.existsSync(path.join(root, process.env.NEXT_DIST_DIR || '.next', 'BUILD_ID'))) {
    // Jest sets NODE_ENV=test; a build made with it would carry the development security headers.
    execFileSync('npm', ['run', 'build'], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    })
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'occe-web-'))
  const port = await freePort()
  const baseUrl = `http://127.0.0.1:${port}`
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'),
    DATA_DIR: dir,
    MEDIA_DIR: path.join(dir, 'media'),
    SERVER_URL: baseUrl,
    ALLOW_INSECURE_COOKIES: '1',
    SEED_ON_START: 'false',
    // The tests stand in for the proxy (deploy/nginx): each one sets the client address it is keyed on.
    TRUST_PROXY: '1',
  } as NodeJS.ProcessEnv
  // TEST_DATABASE_URI (a MongoDB-protocol server) gives the run a fresh database of its own on it;
  // otherwise the embedded SQLite file in DATA_DIR, migrated at start.
  const mongo = process.env.TEST_DATABASE_URI
  if (mongo) {
    const url = new URL(mongo)
    url.pathname = `/occe_web_${crypto.randomBytes(6).toString('hex')}`
    env.DATABASE_URI = url.toString()
  } else {
    delete env.DATABASE_URI
  }
  delete env.TEST_DATABASE_URI
  delete env.NODE_OPTIONS
  // E-mails leave over SMTP, to the harness's own server on 127.0.0.1 (tests read what it received).
  const mailbox = await startMailbox(path.join(dir, 'smtp-received'))
  Object.assign(env, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mailbox.port), SMTP_IGNORE_TLS: 'true' })
  delete env.SMTP_SECURE
  delete env.SMTP_USER
  delete env.SMTP_PASS

  // Compiled ahead of time and run by plain node (scripts/run.mjs): `payload run` can skip its script (payload#17757).
  execFileSync(process.execPath, ['scripts/run.mjs', 'src/seed/run.ts'], { cwd: root, env, stdio: 'inherit' })
  execFileSync(process.execPath, ['scripts/run.mjs', 'tests/setup/createStaffAccounts.ts'], {
    cwd: root,
    env,
    stdio: 'inherit',
  })

  // Started as the README starts production (`npm start`), in its own process group so that the stop
  // ends npm and next together.
  const log = fs.openSync(path.join(dir, 'server.log'), 'a')
  const child = spawn('npm', ['start', '--', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: root,
    env,
    stdio: ['ignore', log, log],
    detached: true,
  })
  fs.closeSync(log)
  ;(globalThis as Record<string, unknown>).__occeServer = { child, dir, mailbox }
  await waitForPort(port, child, 60_000)
  const first = firstRequestPath()
  const res = await fetch(`${baseUrl}${first}`, { redirect: 'manual' })
  await res.arrayBuffer()
  if (res.status !== 200) throw new Error(`first request GET ${first}: ${res.status}`)
  await waitForHealth(baseUrl, child, 60_000)

  process.env.TEST_BASE_URL = baseUrl
  process.env.TEST_DATA_DIR = dir
  process.env.TEST_MAIL_DIR = mailbox.dir
}
