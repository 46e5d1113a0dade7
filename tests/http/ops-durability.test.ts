/**
 * Nothing acknowledged is lost: a burst of public form submissions against a production server on a
 * fresh SQLite database, `kill -9` in the middle, a restart on the same files, and every submission that
 * got a 2xx is there exactly once.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from '@jest/globals'

import { paragraphs } from '../setup/richText'
import { startOpsServer, waitForHealth, type OpsServer } from './opsServer'

const ADMIN = { email: 'exploitation@tests.occe.test', password: 'phrase-de-passe-exploitation' }
const ATTEMPTS = 400
const CONCURRENCY = 12
const KILL_AFTER = 120

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'occe-durability-'))
const servers: OpsServer[] = []

afterAll(async () => {
  for (const server of servers) await server.stop()
  if (!process.env.KEEP_TEST_DATA) fs.rmSync(dir, { recursive: true, force: true })
})

const json = (body: unknown) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
})

async function login(url: string): Promise<{ token: string; cookie: string }> {
  const res = await fetch(`${url}/api/users/login`, json(ADMIN))
  expect(res.status).toBe(200)
  return { token: (await res.json()).token, cookie: res.headers.get('set-cookie') ?? '' }
}

describe('durability of acknowledged writes', () => {
  it('keeps every acknowledged submission exactly once across a kill -9', async () => {
    const first = await startOpsServer(dir)
    servers.push(first)
    await waitForHealth(first.url)

    const registered = await fetch(`${first.url}/api/users/first-register`, json({ ...ADMIN, role: 'admin' }))
    expect(registered.status).toBe(200)
    const { token, cookie } = await login(first.url)
    // Production session cookies: Secure (https only), HttpOnly (no script access), SameSite=Lax.
    expect(cookie).toMatch(/payload-token=/)
    expect(cookie).toMatch(/;\s*Secure/i)
    expect(cookie).toMatch(/;\s*HttpOnly/i)
    expect(cookie).toMatch(/;\s*SameSite=Lax/i)

    const auth = { authorization: `JWT ${token}` }
    const formRes = await fetch(`${first.url}/api/forms`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...auth },
      body: JSON.stringify({
        title: 'Essai de durabilité',
        fields: [{ blockType: 'text', name: 'valeur', label: 'Valeur', required: true }],
        confirmationType: 'message',
        confirmationMessage: paragraphs('Merci.'),
      }),
    })
    expect(formRes.status).toBe(201)
    const formId = (await formRes.json()).doc.id

    const acknowledged: string[] = []
    const refused: number[] = []
    let next = 0
    let killing: Promise<void> | undefined
    const worker = async () => {
      while (next < ATTEMPTS) {
        const value = `envoi-${next++}`
        try {
          const res = await fetch(
            `${first.url}/api/form-submissions`,
            json({ form: formId, submissionData: [{ field: 'valeur', value }] }),
          )
          if (res.status >= 200 && res.status < 300) acknowledged.push(value)
          else refused.push(res.status)
          await res.arrayBuffer().catch(() => undefined)
        } catch {
          if (killing) return // the server is gone: the outcome of this one is unknown, as for a real client
        }
        if (!killing && acknowledged.length >= KILL_AFTER) killing = first.kill9()
      }
    }
    await Promise.all(Array.from({ length: CONCURRENCY }, worker))
    await killing
    expect(first.child.signalCode).toBe('SIGKILL')
    expect(refused).toEqual([])
    expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER)
    expect(acknowledged.length).toBeLessThan(ATTEMPTS)

    const second = await startOpsServer(dir)
    servers.push(second)
    await waitForHealth(second.url)
    const again = await login(second.url)
    const res = await fetch(`${second.url}/api/form-submissions?where[form][equals]=${formId}&limit=2000&depth=0`, {
      headers: { authorization: `JWT ${again.token}` },
    })
    expect(res.status).toBe(200)
    const body = await res.json()
    const stored: string[] = body.docs.map(
      (doc: { submissionData: { value: string }[] }) => doc.submissionData[0].value,
    )
    const counts = new Map<string, number>()
    for (const value of stored) counts.set(value, (counts.get(value) ?? 0) + 1)

    const missing = acknowledged.filter((value) => !counts.has(value))
    const duplicated = [...counts].filter(([, n]) => n > 1).map(([value]) => value)
    expect({ missing, duplicated }).toEqual({ missing: [], duplicated: [] })
    // At most the requests that were in flight at the kill may have been stored without their answer.
    expect(stored.length - acknowledged.length).toBeLessThanOrEqual(CONCURRENCY)
  }, 120_000)
})
