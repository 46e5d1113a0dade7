/**
 * A production server of our own, for the tests that must kill it or take its database away (the
 * shared server of tests/setup/webServer.start.ts must stay up for the other files). Uses the build
 * the web project already made.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'

import { freePort } from '../setup/freePort'
import { waitForHealth } from '../setup/waitForHealth'

export { freePort, waitForHealth }

export type OpsServer = { url: string; child: ChildProcess; stop: () => Promise<void>; kill9: () => Promise<void> }

const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((resolve) => child.once('exit', () => resolve()))

/** Starts `next start` on 127.0.0.1 and waits until it listens (not until it is healthy). */
export async function startOpsServer(dataDir: string, extraEnv: Record<string, string> = {}): Promise<OpsServer> {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    PAYLOAD_SECRET: crypto.createHash('sha256').update(dataDir).digest('hex'),
    DATA_DIR: dataDir,
    MEDIA_DIR: path.join(dataDir, 'media'),
    SERVER_URL: url,
    SEED_ON_START: 'false',
    RUN_JOBS: 'false',
    RSVP_RATE_LIMIT: 'off',
    // The ops tests create their admin through /admin's first-register, as an operator would.
    ADMIN_BOOTSTRAP_EMAIL: 'exploitation@tests.occe.test',
    ...extraEnv,
  } as NodeJS.ProcessEnv
  for (const name of ['NODE_OPTIONS', 'SMTP_HOST', 'ALLOW_INSECURE_COOKIES', 'TEST_DATABASE_URI']) delete env[name]
  if (!extraEnv.DATABASE_URI) delete env.DATABASE_URI
  const log = fs.openSync(path.join(dataDir, `server-${port}.log`), 'a')
  const child = spawn(
    path.join(process.cwd(), 'node_modules/.bin/next'),
    ['start', '-H', '127.0.0.1', '-p', String(port)],
    {
      cwd: process.cwd(),
      env,
      stdio: ['ignore', log, log],
    },
  )
  fs.closeSync(log)
  const deadline = Date.now() + 30_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`)
    const listening = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => (socket.end(), resolve(true)))
      socket.on('error', () => resolve(false))
    })
    if (listening) break
    if (Date.now() > deadline) throw new Error('server did not listen within 30 s')
    await new Promise((r) => setTimeout(r, 100))
  }
  return {
    url,
    child,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return
      child.kill('SIGTERM')
      await Promise.race([exited(child), new Promise((r) => setTimeout(r, 5000))])
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
      await exited(child)
    },
    kill9: async () => {
      child.kill('SIGKILL')
      await exited(child)
    },
  }
}
