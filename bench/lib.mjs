/** Small helpers shared by the bench modules: ports, child processes, percentiles, admin session. */
import { spawn } from 'node:child_process'
import path from 'node:path'

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
export const bin = (name) => path.join(root, 'node_modules/.bin', name)
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms))
/** Loaded into the bench's server by NODE_OPTIONS: answers SIGUSR2 with its memory figures (bench/memory.mjs). */
export const MEMORY_PROBE = path.join(root, 'bench/memoryProbe.cjs')

export { freePort } from '../scripts/freePort.mjs'

/** Runs a command to completion, bounded in time; rejects with the tail of its output on failure. */
export function run(cmd, args, { env, timeoutMs = 10 * 60_000, quiet = true } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    const keep = (chunk) => {
      out = (out + chunk).slice(-20_000)
      if (!quiet) process.stderr.write(chunk)
    }
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('close', (code) => {
      clearTimeout(timer)
      if (code === 0) resolve(out)
      else reject(new Error(`${path.basename(cmd)} ${args.join(' ')} exited with ${code}\n${out.slice(-3000)}`))
    })
  })
}

export function percentile(values, p) {
  if (!values.length) return null
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

export const median = (values) => percentile(values, 50)
export const round = (n, digits = 1) => (n == null || Number.isNaN(n) ? null : Number(n.toFixed(digits)))

/** Logs in through the REST API; returns headers that authenticate as that staff member. */
export async function adminHeaders(baseUrl, email, password) {
  const res = await fetch(`${baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  if (!res.ok) throw new Error(`admin login failed: ${res.status} ${await res.text()}`)
  const { token } = await res.json()
  return { authorization: `JWT ${token}`, 'content-type': 'application/json' }
}

export async function getJson(url, headers = {}) {
  const res = await fetch(url, { headers })
  if (!res.ok) throw new Error(`GET ${url}: ${res.status}`)
  return res.json()
}
