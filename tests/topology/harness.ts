/**
 * The production topology of scripts/topology.mjs (nginx + 2 `next start` + redis) on a fresh, seeded
 * database, with an admin created the way an operator does it (first-register, ADMIN_BOOTSTRAP_EMAIL).
 */
import crypto from 'node:crypto'

import { request, startTopology } from '../../scripts/topology.mjs'

export const ADMIN = {
  email: 'exploitation@topologie.occe.test',
  password: `Topologie-${crypto.randomBytes(6).toString('hex')}-2026!`,
}

export type Answer = { status: number; headers: Record<string, string | string[] | undefined>; text: string }
export type Topology = Awaited<ReturnType<typeof startTopology>>

export async function startSeededTopology(options: { ferretdb?: boolean; env?: Record<string, string> } = {}) {
  const topology = await startTopology({
    processes: 2,
    distDir: process.env.NEXT_DIST_DIR || '.next',
    seed: true,
    ferretdb: options.ferretdb,
    nginxWorkers: 1,
    env: { ADMIN_BOOTSTRAP_EMAIL: ADMIN.email, ...options.env },
  })
  const [a] = topology.processes
  const json = { 'content-type': 'application/json' }
  const registered = await fetch(`${a.url}/api/users/first-register`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ ...ADMIN, role: 'admin' }),
  })
  if (registered.status !== 200) throw new Error(`first-register: ${registered.status} ${await registered.text()}`)
  const login = await fetch(`${a.url}/api/users/login`, { method: 'POST', headers: json, body: JSON.stringify(ADMIN) })
  const { token } = (await login.json()) as { token: string }
  const staff = { authorization: `JWT ${token}`, ...json }
  return { topology, token, staff }
}

/** Through nginx (TLS, self-signed certificate of the topology). */
export const viaProxy = (
  topology: Topology,
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
) => request(`${topology.url}${path}`, { ...init, ca: topology.ca }) as Promise<Answer>

/** Visible text of a page (tags dropped), for "shows X" checks. */
export const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/\s+/g, ' ')

export async function firstDoc<T>(
  url: string,
  staff: Record<string, string>,
  collection: string,
  query: string,
): Promise<T> {
  const res = await fetch(`${url}/api/${collection}?limit=1&depth=0&${query}`, { headers: staff })
  const doc = ((await res.json()) as { docs: T[] }).docs[0]
  if (!doc) throw new Error(`no ${collection} matching ${query}`)
  return doc
}

/** Milliseconds from `since` until `check` holds, polling every 25 ms; null after `limitMs`. */
export async function timeUntil(since: number, check: () => Promise<boolean>, limitMs = 5000): Promise<number | null> {
  while (performance.now() - since < limitMs) {
    if (await check()) return performance.now() - since
    await new Promise((r) => setTimeout(r, 25))
  }
  return null
}

type Event = { id: string; slug: string; rsvp: { form: string; capacity?: number } & Record<string, unknown> }

/**
 * 200 registrations at once for a capacity of 150, alternately through each app process directly (each with
 * its own client address: the test stands in for the proxy), then the counts read back.
 */
export async function rsvpBurst(topology: Topology, staff: Record<string, string>) {
  const [a] = topology.processes
  const event = await firstDoc<Event>(a.url, staff, 'events', 'where[rsvp.form][exists]=true&sort=startsAt')
  const patched = await fetch(`${a.url}/api/events/${event.id}`, {
    method: 'PATCH',
    headers: staff,
    body: JSON.stringify({ rsvp: { ...event.rsvp, capacity: 150 } }),
  })
  if (!patched.ok) throw new Error(`capacity: ${patched.status} ${await patched.text()}`)
  const run = Date.now().toString(36)
  const statuses: Record<string, number> = {}
  await Promise.all(
    Array.from({ length: 200 }, async (_, i) => {
      const target = topology.processes[i % topology.processes.length]
      const body = new URLSearchParams({
        evenement: String(event.id),
        firstName: 'Invité',
        lastName: `Topologie ${i}`,
        email: `invite-${run}-${i}@topologie.occe.test`,
        organisation: 'École de la topologie',
        role: 'enseignant',
        attendees: '1',
        consent: 'true',
      })
      const res = await fetch(`${target.url}/api/rsvp/register`, {
        method: 'POST',
        headers: {
          accept: 'application/json',
          'content-type': 'application/x-www-form-urlencoded',
          'x-real-ip': `198.51.100.${i % 250}`,
        },
        body: body.toString(),
      })
      await res.text()
      statuses[res.status] = (statuses[res.status] ?? 0) + 1
    }),
  )
  const formId = typeof event.rsvp.form === 'object' ? (event.rsvp.form as { id: string }).id : event.rsvp.form
  const read = await fetch(
    `${a.url}/api/form-submissions?where[form][equals]=${formId}&limit=1000&depth=0&pagination=false`,
    { headers: staff },
  )
  const docs = ((await read.json()) as { docs: { email?: string; status?: string }[] }).docs.filter((d) =>
    String(d.email).includes(`-${run}-`),
  )
  return {
    statuses,
    registrations: docs.length,
    confirmed: docs.filter((d) => d.status === 'confirmed').length,
    waiting: docs.filter((d) => d.status === 'waiting').length,
  }
}
