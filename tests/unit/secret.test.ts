import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from '@jest/globals'

import { resolveSecret } from '../../src/startup/secret'

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'occe-secret-'))
const strong = 'a'.repeat(16) + 'Zk4!x9qPw2LmN7vR'

describe('PAYLOAD_SECRET', () => {
  it('outside production, generates a secret once and keeps it under data/', () => {
    const dir = tempDir()
    const first = resolveSecret({ NODE_ENV: 'development' }, dir)
    const second = resolveSecret({ NODE_ENV: 'development' }, dir)
    expect(first).toMatch(/^[0-9a-f]{64}$/)
    expect(second).toBe(first)
    expect(fs.readFileSync(path.join(dir, 'dev-secret'), 'utf8')).toBe(first)
    expect(fs.statSync(path.join(dir, 'dev-secret')).mode & 0o077).toBe(0)
  })

  it('uses the given secret when set', () => {
    expect(resolveSecret({ NODE_ENV: 'development', PAYLOAD_SECRET: 'mine' }, tempDir())).toBe('mine')
    expect(resolveSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: strong }, tempDir())).toBe(strong)
  })

  it('in production, refuses to start without a secret and writes nothing', () => {
    const dir = tempDir()
    expect(() => resolveSecret({ NODE_ENV: 'production' }, dir)).toThrow(/PAYLOAD_SECRET is required/)
    expect(fs.existsSync(path.join(dir, 'dev-secret'))).toBe(false)
  })

  it.each(['YOUR_SECRET_HERE', 'changeme', 'secret', 'short-but-not-default'])(
    'in production, refuses the known default or weak secret %s',
    (value) => {
      expect(() => resolveSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: value }, tempDir())).toThrow(
        /known default or shorter than 32/,
      )
    },
  )

  it('lets `next build` load the config without a secret, never reusing it', () => {
    const env = { NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' } as const
    const a = resolveSecret(env, tempDir())
    const b = resolveSecret(env, tempDir())
    expect(a).not.toBe(b)
  })
})
