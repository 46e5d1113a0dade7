/**
 * The systemd units shipped for the single-server deployment (deploy/systemd, deploy/README.md): what they
 * run exists, exactly one process runs the jobs, every process starts after the migrations and wants Redis,
 * and systemd's own checker accepts them (`systemd-analyze verify`, when this machine has it).
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from '@jest/globals'

import { root } from '../../scripts/topology.mjs'

const unitsDir = path.join(root, 'deploy/systemd')
const scripts = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).scripts as Record<string, string>

type Unit = Record<string, Record<string, string[]>>

/** Sections → key → every assignment in order (systemd semantics: later ones win or add). */
function parse(file: string): Unit {
  const unit: Unit = {}
  let section = ''
  for (const raw of fs.readFileSync(file, 'utf8').split('\n')) {
    const line = raw.trim()
    if (!line || line.startsWith('#') || line.startsWith(';')) continue
    const header = /^\[(.+)\]$/.exec(line)
    if (header) {
      section = header[1]
      unit[section] ??= {}
      continue
    }
    const eq = line.indexOf('=')
    const key = line.slice(0, eq).trim()
    ;(unit[section][key] ??= []).push(line.slice(eq + 1).trim())
  }
  return unit
}

/** The environment systemd gives one instance: Environment= lines of the unit, then of its drop-ins. */
function environment(instance: string): Record<string, string> {
  const files = [path.join(unitsDir, 'occe@.service')]
  const dropIns = path.join(unitsDir, `occe@${instance}.service.d`)
  if (fs.existsSync(dropIns)) for (const name of fs.readdirSync(dropIns).sort()) files.push(path.join(dropIns, name))
  const env: Record<string, string> = {}
  for (const file of files)
    for (const line of parse(file).Service?.Environment ?? [])
      for (const pair of line.split(/\s+/)) {
        const [key, ...value] = pair.split('=')
        env[key] = value.join('=')
      }
  return env
}

const unitFiles = fs.readdirSync(unitsDir).filter((name) => /\.(service|target)$/.test(name))

describe('systemd units (deploy/systemd)', () => {
  it('run only npm scripts that package.json defines', () => {
    const commands = unitFiles.flatMap((name) =>
      Object.entries(parse(path.join(unitsDir, name)).Service ?? {})
        .filter(([key]) => key.startsWith('Exec'))
        .flatMap(([, values]) => values),
    )
    expect(commands.length).toBeGreaterThanOrEqual(2)
    for (const command of commands) {
      const npm = /^\/usr\/bin\/npm (?:run (\S+)|(start))(?: |$)/.exec(command)
      expect(npm).not.toBeNull()
      const script = npm![1] ?? npm![2]
      expect(scripts[script]).toBeDefined()
    }
    // The app processes listen on the loopback only (TRUST_PROXY believes whatever reaches them).
    expect(parse(path.join(unitsDir, 'occe@.service')).Service.ExecStart).toEqual([
      '/usr/bin/npm start -- -H 127.0.0.1 -p 300%i',
    ])
    expect(scripts.start).toMatch(/next start/)
    expect(scripts.migrate).toMatch(/src\/db\/migrate\.ts/)
  })

  it('give the job queue to process 1 only, and the proxy settings to all', () => {
    expect(environment('1').RUN_JOBS).toBe('true')
    for (const instance of ['2', '3', '8']) expect(environment(instance).RUN_JOBS).toBe('false')
    for (const instance of ['1', '2'])
      expect(environment(instance)).toMatchObject({
        NODE_ENV: 'production',
        TRUST_PROXY: '1',
        REDIS_URL: 'redis://127.0.0.1:6379',
        EDGE_CACHE_REFRESH_URL: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/),
      })
  })

  it('start every process after the migrations and Redis, and group them under occe.target', () => {
    const app = parse(path.join(unitsDir, 'occe@.service')).Unit
    expect(app.Requires).toContain('occe-migrate.service')
    expect(app.After.join(' ')).toMatch(/occe-migrate\.service/)
    expect(app.After.join(' ')).toMatch(/redis-server\.service/)
    expect(app.Wants.join(' ')).toMatch(/redis-server\.service/)
    expect(parse(path.join(unitsDir, 'occe@.service')).Install.WantedBy).toEqual(['occe.target'])
    const migrate = parse(path.join(unitsDir, 'occe-migrate.service')).Service
    expect(migrate.Type).toEqual(['oneshot'])
    expect(migrate.ExecStart).toEqual(['/usr/bin/npm run migrate'])
  })

  it('match the ports and refresh listener of the nginx template and its instructions', () => {
    const readme = fs.readFileSync(path.join(root, 'deploy/README.md'), 'utf8')
    expect(readme).toMatch(/server 127\.0\.0\.1:3001; server 127\.0\.0\.1:3002;/)
    expect(readme).toMatch(/OCCE_REFRESH_PORT=8081/)
    expect(environment('1').EDGE_CACHE_REFRESH_URL).toBe('http://127.0.0.1:8081')
  })

  const analyzer = spawnSync('systemd-analyze', ['--version']).status === 0
  ;(analyzer ? it : it.skip)('pass `systemd-analyze verify` without a warning', () => {
    // A copy under a unit path of its own, the drop-in folder included.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'occe-systemd-'))
    try {
      fs.cpSync(unitsDir, dir, { recursive: true })
      const result = spawnSync(
        'systemd-analyze',
        ['verify', 'occe@1.service', 'occe@2.service', 'occe-migrate.service', 'occe.target'],
        { env: { ...process.env, SYSTEMD_UNIT_PATH: `${dir}:` }, encoding: 'utf8' },
      )
      const ours = `${result.stdout}${result.stderr}`
        .split('\n')
        .filter((line) => line.includes(dir) || /occe/.test(line))
      expect(ours).toEqual([])
      expect(result.status).toBe(0)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
