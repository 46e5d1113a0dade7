/**
 * RSVP burst: 200 registrations sent at once through the endpoint the public form posts to
 * (POST /api/rsvp/register, form-encoded, Accept: application/json; POST /api/form-submissions when that
 * route is absent) against a capacity of 150 on the upcoming ceremony, then the outcome read back as admin.
 */
import { percentile, round } from './lib.mjs'

const CAPACITY = 150
const GUESTS = 200

const fields = (i, run) => [
  { field: 'firstName', value: 'Invité' },
  { field: 'lastName', value: `Bench ${i}` },
  { field: 'email', value: run.endsWith('-invalid') ? 'pas-une-adresse' : `guest-${run}-${i}@bench.occe.test` },
  { field: 'organisation', value: 'École du banc d’essai' },
  { field: 'role', value: 'enseignant' },
  { field: 'attendees', value: '1' },
  { field: 'consent', value: 'true' },
]

/** The public form's route if the build has it (it answers `{ ok: false, … }` to an empty post), else the REST one. */
async function endpoint(baseUrl, eventId, formId) {
  const probe = await fetch(`${baseUrl}/api/rsvp/register`, {
    method: 'POST',
    headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' },
    body: '',
    signal: AbortSignal.timeout(30_000),
  })
  // Payload's catch-all answers unknown /api routes with JSON too, but without the route's `ok` key.
  const answer = await probe.json().catch(() => ({}))
  if (answer && typeof answer === 'object' && 'ok' in answer)
    return {
      path: '/api/rsvp/register',
      request: (i, run) => ({
        headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams([
          ['evenement', String(eventId)],
          ...fields(i, run).map((f) => [f.field, f.value]),
        ]).toString(),
      }),
    }
  return {
    path: '/api/form-submissions',
    request: (i, run) => ({
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ form: formId, submissionData: fields(i, run) }),
    }),
  }
}

export async function measureRsvp(baseUrl, headers, event, { log }) {
  const formId = typeof event?.rsvp?.form === 'object' ? event.rsvp.form?.id : event?.rsvp?.form
  if (!formId) return { available: false, reason: 'no event with an RSVP form' }
  // Capacity 150 on the ceremony (the seed leaves it unlimited).
  const patch = await fetch(`${baseUrl}/api/events/${event.id}`, {
    method: 'PATCH',
    headers,
    body: JSON.stringify({ rsvp: { ...event.rsvp, capacity: CAPACITY } }),
    signal: AbortSignal.timeout(30_000),
  })
  if (!patch.ok) return { available: false, reason: `setting the capacity failed: HTTP ${patch.status}` }

  const target = await endpoint(baseUrl, event.id, formId)
  const run = Date.now().toString(36)
  // One refused registration first (invalid e-mail: 400, nothing stored): the route's code loaded and the
  // form in its cache, as on a server that has taken registrations before — the burst measures the engine,
  // not a process's first request.
  const warm = await fetch(baseUrl + target.path, {
    method: 'POST',
    ...target.request('warm', `${run}-invalid`),
    signal: AbortSignal.timeout(30_000),
  })
  await warm.text()
  const statuses = {}
  let firstError
  const latencies = []
  const started = performance.now()
  await Promise.all(
    Array.from({ length: GUESTS }, async (_, i) => {
      const t0 = performance.now()
      try {
        const res = await fetch(baseUrl + target.path, {
          method: 'POST',
          ...target.request(i, run),
          signal: AbortSignal.timeout(60_000),
        })
        const body = await res.text()
        if (!res.ok && !firstError) firstError = `${res.status} ${body.slice(0, 300)}`
        statuses[res.status] = (statuses[res.status] ?? 0) + 1
      } catch (error) {
        statuses[error.name] = (statuses[error.name] ?? 0) + 1
      }
      latencies.push(performance.now() - t0)
    }),
  )
  const seconds = (performance.now() - started) / 1000

  const read = await fetch(
    `${baseUrl}/api/form-submissions?where[form][equals]=${formId}&limit=1000&depth=0&pagination=false`,
    { headers, signal: AbortSignal.timeout(60_000) },
  )
  const docs = (await read.json()).docs ?? []
  const ours = docs.filter((d) => String(d.email ?? '').includes(`-${run}-`))
  const byEmail = new Map()
  for (const d of ours) byEmail.set(d.email, (byEmail.get(d.email) ?? 0) + 1)
  const count = (status) => ours.filter((d) => d.status === status).length
  if (ours.length && ours.every((d) => d.status === undefined))
    return { available: false, reason: 'submissions carry no seat status (RSVP engine absent)' }
  const result = {
    available: true,
    endpoint: target.path,
    guests: GUESTS,
    capacity: CAPACITY,
    seconds: round(seconds, 2),
    throughput: round(GUESTS / seconds, 0),
    p50Ms: round(percentile(latencies, 50), 0),
    p99Ms: round(percentile(latencies, 99), 0),
    httpStatuses: statuses,
    firstError,
    confirmed: count('confirmed'),
    waiting: count('waiting'),
    otherStatus: ours.length - count('confirmed') - count('waiting'),
    lost: GUESTS - byEmail.size,
    doubled: [...byEmail.values()].filter((n) => n > 1).length,
  }
  log(
    `rsvp: ${result.endpoint} ${result.throughput} reg/s, p99 ${result.p99Ms} ms, ${result.confirmed} confirmed, ${result.waiting} waiting, ` +
      `${result.lost} lost, ${result.doubled} doubled, HTTP ${JSON.stringify(statuses)}`,
  )
  return result
}
