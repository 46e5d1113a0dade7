/**
 * What a load balancer sees when the database goes away: /api/health answers 503 quickly (GET and HEAD)
 * and 200 again once the database is back. Runs a production server on the MongoDB protocol (FerretDB,
 * the stand-in scripts/test.sh builds) so the database can really be stopped under the app.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from '@jest/globals'

import { freePort, startOpsServer, waitForHealth, type OpsServer } from './opsServer'

const FERRETDB =
  process.env.FERRETDB_BIN || path.join(process.env.GOPATH || path.join(os.homedir(), 'go'), 'bin', 'occe-ferretdb')
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'occe-health-'))
let server: OpsServer | undefined
let ferret: ChildProcess | undefined

async function startFerret(port: number): Promise<ChildProcess> {
  if (!fs.existsSync(FERRETDB))
    throw new Error(`${FERRETDB} is missing: run scripts/test.sh once (it builds tools/ferretdb)`)
  fs.mkdirSync(path.join(dir, 'ferret'), { recursive: true })
  const child = spawn(FERRETDB, ['-listen-addr', `127.0.0.1:${port}`, '-sqlite-dir', path.join(dir, 'ferret')], {
    stdio: 'ignore',
  })
  const deadline = Date.now() + 15_000
  while (Date.now() < deadline) {
    const up = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => (socket.end(), resolve(true)))
      socket.on('error', () => resolve(false))
    })
    if (up) return child
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error('FerretDB did not listen within 15 s')
}

async function stopFerret() {
  if (!ferret || ferret.exitCode !== null || ferret.signalCode !== null) return
  const gone = new Promise((resolve) => ferret!.once('exit', resolve))
  ferret.kill('SIGKILL')
  await gone
}

afterAll(async () => {
  await server?.stop()
  await stopFerret()
  fs.rmSync(dir, { recursive: true, force: true })
})

describe('health check for a load balancer', () => {
  it('answers 503 within seconds when the database is down, and 200 when it is back', async () => {
    const port = await freePort()
    ferret = await startFerret(port)
    server = await startOpsServer(dir, { DATABASE_URI: `mongodb://127.0.0.1:${port}/occe_health` })
    await waitForHealth(server.url)

    const up = await fetch(`${server.url}/api/health`)
    expect(up.status).toBe(200)
    expect(up.headers.get('cache-control')).toContain('no-store')
    expect(await up.json()).toMatchObject({ status: 'ok', database: 'up', jobs: false })
    expect((await fetch(`${server.url}/api/health`, { method: 'HEAD' })).status).toBe(200)

    await stopFerret()
    const started = Date.now()
    const down = await fetch(`${server.url}/api/health`)
    expect(down.status).toBe(503)
    expect(Date.now() - started).toBeLessThan(5000)
    expect(down.headers.get('cache-control')).toContain('no-store')
    expect(await down.json()).toMatchObject({ status: 'error', database: 'down' })
    expect((await fetch(`${server.url}/api/health`, { method: 'HEAD' })).status).toBe(503)

    ferret = await startFerret(port)
    await waitForHealth(server.url, { timeoutMs: 45_000 })
  }, 90_000)
})
