/**
 * Nothing acknowledged is lost: a burst of public form submissions (Payload's create) and one of RSVP
 * registrations (the lean SQLite path, several per COMMIT) against a production server on a fresh SQLite
 * database, `kill -9` in the middle, a restart on the same files, and every submission that got a 2xx is
 * there exactly once.
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
const RSVP_CAPACITY = 100

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

/**
 * ATTEMPTS requests by CONCURRENCY clients, the server killed with -9 once KILL_AFTER were acknowledged; what
 * each got: acknowledged (2xx) or refused (another status); the ones in flight at the kill count as neither.
 */
async function burstUntilKilled(server: OpsServer, send: (i: number) => Promise<Response>) {
  const acknowledged: number[] = []
  const refused: number[] = []
  let next = 0
  let killing: Promise<void> | undefined
  const worker = async () => {
    while (next < ATTEMPTS) {
      const i = next++
      try {
        const res = await send(i)
        if (res.status >= 200 && res.status < 300) acknowledged.push(i)
        else refused.push(res.status)
        await res.arrayBuffer().catch(() => undefined)
      } catch {
        if (killing) return // the server is gone: the outcome of this one is unknown, as for a real client
      }
      if (!killing && acknowledged.length >= KILL_AFTER) killing = server.kill9()
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker))
  await killing
  expect(server.child.signalCode).toBe('SIGKILL')
  expect(refused).toEqual([])
  expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER)
  expect(acknowledged.length).toBeLessThan(ATTEMPTS)
  return acknowledged
}

/** Every acknowledged key stored exactly once; at most the requests in flight at the kill stored without an answer. */
function expectExactlyOnce(acknowledged: string[], stored: string[]) {
  const counts = new Map<string, number>()
  for (const value of stored) counts.set(value, (counts.get(value) ?? 0) + 1)
  const missing = acknowledged.filter((value) => !counts.has(value))
  const duplicated = [...counts].filter(([, n]) => n > 1).map(([value]) => value)
  expect({ missing, duplicated }).toEqual({ missing: [], duplicated: [] })
  expect(stored.length - acknowledged.length).toBeLessThanOrEqual(CONCURRENCY)
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

    const value = (i: number) => `envoi-${i}`
    const acknowledged = (
      await burstUntilKilled(first, (i) =>
        fetch(
          `${first.url}/api/form-submissions`,
          json({ form: formId, submissionData: [{ field: 'valeur', value: value(i) }] }),
        ),
      )
    ).map(value)

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
    expectExactlyOnce(acknowledged, stored)
  }, 120_000)

  it('keeps every acknowledged RSVP registration (lean SQLite path, shared commits) exactly once, seat counters included, across a kill -9', async () => {
    const rsvpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'occe-durability-rsvp-'))
    const first = await startOpsServer(rsvpDir)
    servers.push(first)
    await waitForHealth(first.url)
    expect((await fetch(`${first.url}/api/users/first-register`, json({ ...ADMIN, role: 'admin' }))).status).toBe(200)
    const auth = { authorization: `JWT ${(await login(first.url)).token}` }
    const create = async (collection: string, data: unknown) => {
      const res = await fetch(`${first.url}/api/${collection}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...auth },
        body: JSON.stringify(data),
      })
      expect(res.status).toBe(201)
      return (await res.json()).doc.id as string | number
    }
    const association = await create('associations', { name: 'OCCE durabilité', level: 'federation' })
    // An empty field list gets the standard registration fields (src/admin/formPreset.ts).
    const formId = await create('forms', {
      title: 'Inscription durabilité',
      fields: [],
      confirmationType: 'message',
      confirmationMessage: paragraphs('Merci.'),
    })
    const startsAt = new Date(Date.now() + 30 * 24 * 3600 * 1000)
    const eventId = await create('events', {
      title: 'Cérémonie de durabilité',
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 3600 * 1000).toISOString(),
      organiser: association,
      venue: { name: 'Le Dôme', city: 'Niort', postalCode: '79000' },
      rsvp: { form: formId, capacity: RSVP_CAPACITY },
      _status: 'published',
    })

    const email = (i: number) => `invite-${i}@durabilite.occe.test`
    const acknowledged = (
      await burstUntilKilled(first, (i) =>
        fetch(`${first.url}/api/rsvp/register`, {
          method: 'POST',
          headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({
            evenement: String(eventId),
            firstName: 'Invité',
            lastName: 'Durable',
            email: email(i),
            role: 'enseignant',
            attendees: '1',
            consent: 'true',
          }).toString(),
        }),
      )
    ).map(email)

    const second = await startOpsServer(rsvpDir)
    servers.push(second)
    await waitForHealth(second.url)
    const headers = { authorization: `JWT ${(await login(second.url)).token}` }
    const docs: { email: string; status: string; arrival: number }[] = (
      await (
        await fetch(`${second.url}/api/form-submissions?where[form][equals]=${formId}&limit=2000&depth=0`, { headers })
      ).json()
    ).docs
    expectExactlyOnce(
      acknowledged,
      docs.map((d) => d.email),
    )
    // The counters moved in the same transactions as the rows: they match what survived.
    const form = await (await fetch(`${second.url}/api/forms/${formId}?depth=0`, { headers })).json()
    const confirmed = docs.filter((d) => d.status === 'confirmed').length
    expect(confirmed).toBe(Math.min(docs.length, RSVP_CAPACITY))
    expect(form).toMatchObject({
      seatsConfirmed: confirmed,
      seatsWaiting: docs.length - confirmed,
      arrivals: docs.length,
    })
    expect(new Set(docs.map((d) => d.arrival)).size).toBe(docs.length)
    if (!process.env.KEEP_TEST_DATA) fs.rmSync(rsvpDir, { recursive: true, force: true })
  }, 180_000)
})
