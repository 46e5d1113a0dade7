/** A production server refuses to start, with one clear line, on a missing secret or a wrong database URI. */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from '@jest/globals'

function startProduction(extraEnv: Record<string, string>, unset: string[]) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'occe-startup-'))
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    DATA_DIR: dir,
    MEDIA_DIR: path.join(dir, 'media'),
    ...extraEnv,
  }
  for (const key of [...unset, 'NODE_OPTIONS']) delete env[key]
  const child = spawn(path.join(process.cwd(), 'node_modules/.bin/next'), ['start', '-H', '127.0.0.1', '-p', '0'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000)
    child.on('exit', (code) => {
      clearTimeout(timer)
      fs.rmSync(dir, { recursive: true, force: true })
      resolve({ code, output })
    })
  })
}

describe('production start', () => {
  it('stops without PAYLOAD_SECRET, saying why', async () => {
    const { code, output } = await startProduction({}, ['PAYLOAD_SECRET', 'DATABASE_URI'])
    expect(code).toBe(1)
    expect(output).toContain('Démarrage refusé : PAYLOAD_SECRET is required in production')
  })

  it('stops on a known default secret', async () => {
    const { code, output } = await startProduction({ PAYLOAD_SECRET: 'YOUR_SECRET_HERE' }, ['DATABASE_URI'])
    expect(code).toBe(1)
    expect(output).toContain('known default')
  })

  it('stops on a DATABASE_URI that is neither unset nor MongoDB, naming the accepted forms', async () => {
    const { code, output } = await startProduction(
      { PAYLOAD_SECRET: 'x'.repeat(40), DATABASE_URI: 'postgres://localhost/occe' },
      [],
    )
    expect(code).toBe(1)
    expect(output).toMatch(/Démarrage refusé : Invalid DATABASE_URI .*mongodb:\/\/… or mongodb\+srv:\/\/…/)
  })
})
