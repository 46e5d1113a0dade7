import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/** Values copied from templates and tutorials: anyone can forge sessions with them. */
const KNOWN_DEFAULTS = new Set([
  'YOUR_SECRET_HERE',
  'your-secret-here',
  'secret',
  'changeme',
  'change-me',
  'payload',
  'password',
])
const MIN_PRODUCTION_LENGTH = 32

export function resolveSecret(env: NodeJS.ProcessEnv, dir: string): string {
  const given = env.PAYLOAD_SECRET?.trim()
  // `next build` loads the config to collect routes but serves nothing: an ephemeral secret is harmless.
  if (env.NEXT_PHASE === 'phase-production-build' && !given) return crypto.randomBytes(32).toString('hex')
  if (env.NODE_ENV === 'production') {
    if (!given) throw new Error('PAYLOAD_SECRET is required in production (32+ random characters).')
    if (KNOWN_DEFAULTS.has(given) || given.length < MIN_PRODUCTION_LENGTH)
      throw new Error('PAYLOAD_SECRET is a known default or shorter than 32 characters: set a random secret.')
    return given
  }
  if (given) return given
  return keptDevSecret(dir)
}

/** Outside production, a secret generated once and kept keeps dev sessions valid across restarts. */
function keptDevSecret(dir: string): string {
  const file = path.join(dir, 'dev-secret')
  try {
    return fs.readFileSync(file, 'utf8').trim()
  } catch {
    const secret = crypto.randomBytes(32).toString('hex')
    fs.mkdirSync(dir, { recursive: true })
    try {
      fs.writeFileSync(file, secret, { mode: 0o600, flag: 'wx' })
      return secret
    } catch {
      // Another process wrote it first: use theirs so both agree.
      return fs.readFileSync(file, 'utf8').trim()
    }
  }
}
