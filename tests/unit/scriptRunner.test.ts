/**
 * scripts/run.mjs, the runner of `npm run seed`, `npm run migrate`, the test server's and the bench's
 * set-up: the script runs on the first try (no retry anywhere), with its arguments, and a real failure
 * still gives a non-zero exit and a message. `payload run` skipped the script in 15–85 % of runs here
 * (payloadcms/payload#17757); the same probe without the runner's Node condition failed 11 runs in 12.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from '@jest/globals'

const root = process.cwd()
const PROBE = 'tests/unit/fixtures/scriptProbe.ts'
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'occe-runner-'))

function run(args: string[], nodeEnv: 'development' | 'production' = 'development') {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: nodeEnv, DATA_DIR: dataDir, SEED_ON_START: 'false' }
  delete env.NODE_OPTIONS // Jest's --experimental-vm-modules is not what the npm scripts run with
  delete env.DATABASE_URI
  if (nodeEnv === 'production') env.PAYLOAD_SECRET = 'a'.repeat(16) + 'b'.repeat(16) + 'c'.repeat(16)
  const result = spawnSync(process.execPath, ['scripts/run.mjs', ...args], {
    cwd: root,
    env,
    encoding: 'utf8',
    timeout: 90_000,
  })
  const line = result.stdout.split('\n').find((l) => l.startsWith('{"ran"'))
  return { status: result.status, stderr: result.stderr, report: line ? JSON.parse(line) : null }
}

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }))

describe('script runner (scripts/run.mjs)', () => {
  it('evaluates a script that loads the whole Payload config on every one of 6 back-to-back runs', () => {
    const outcomes = Array.from({ length: 6 }, (_, i) =>
      run([PROBE, `--run=${i}`], i % 2 ? 'production' : 'development'),
    )
    for (const [i, outcome] of outcomes.entries()) {
      expect({ run: i, status: outcome.status, ran: outcome.report?.ran ?? false }).toEqual({
        run: i,
        status: 0,
        ran: true,
      })
      expect(outcome.report.args).toEqual([`--run=${i}`])
    }
    // The aliases and import.meta.url of the source survive the bundling.
    expect(outcomes[0].report.collections).toBeGreaterThan(8)
    expect(outcomes[0].report.url).toBe(`file://${path.join(root, PROBE)}`)
    expect(outcomes[0].report.slug).toBe('ete-a-niort')
  }, 600_000)

  it('passes a failure of the script through: exit 1, its error and a French message', () => {
    const { status, stderr, report } = run([PROBE, '--throw'])
    expect(report?.ran).toBe(true)
    expect(status).toBe(1)
    expect(stderr).toContain('échec voulu par la sonde')
    expect(stderr).toContain(`${PROBE} : échec (code 1).`)
  }, 120_000)

  it('reports a top-level await that never settles with exit 13 and says so', () => {
    const { status, stderr } = run([PROBE, '--unsettled'])
    expect(status).toBe(13)
    expect(stderr).toContain('attente jamais résolue')
  }, 120_000)

  it('refuses a missing script with exit 1 and its name', () => {
    const { status, stderr } = run(['tests/unit/fixtures/absent.ts'])
    expect(status).toBe(1)
    expect(stderr).toContain('script introuvable : tests/unit/fixtures/absent.ts')
  })
})
