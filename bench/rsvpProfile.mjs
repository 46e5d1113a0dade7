/**
 * `node scripts/run.mjs bench/rsvpProfile.mjs [guests=200] [capacity=150]`: where a registration's time goes.
 * Runs the RSVP burst through the public form's path (`submitPublicRegistration`, what POST /api/rsvp/register
 * runs after reading the body: the lean SQLite path) or, with RSVP_PATH=payload, through Payload's create
 * (the REST API's path, and the public one on MongoDB), on a fresh SQLite file,
 * with every SQL statement timed and attributed to its registration, the time spent waiting for the
 * process's write turn, the time holding it, and the collection hooks timed; prints a breakdown.
 * Set DATA_DIR to a temporary directory (the script refuses anything else).
 */
import { AsyncLocalStorage } from 'node:async_hooks'

import { getPayload } from 'payload'

import config from '../payload.config.ts'
import { answers, createRsvpEvent } from '../tests/int/rsvpFixtures.ts'
import { EVENT_FIELD } from '../src/rsvp/contract.ts'
import { submitPublicRegistration } from '../src/rsvp/http/publicSubmission.ts'

if (!/occe-(bench|profile)-/.test(process.env.DATA_DIR ?? '')) {
  console.error('bench/rsvpProfile.mjs runs on a temporary DATA_DIR (occe-profile-*) only')
  process.exit(2)
}
const GUESTS = Number(process.argv[2] ?? 200)
const CAPACITY = Number(process.argv[3] ?? 150)
const PATH = process.env.RSVP_PATH === 'payload' ? 'payload' : 'public'
const STAGGER_MS = Number(process.env.RSVP_STAGGER_MS ?? 0)

const als = new AsyncLocalStorage()
const payload = await getPayload({ config })
const now = () => performance.now()

/** Statement kinds, from the SQL text. */
const kind = (sql) => {
  const s = String(sql).replace(/\s+/g, ' ').trim()
  const m =
    /^(select|insert into|update|delete from|begin|commit|rollback|savepoint|release|pragma)\s*(?:.*? from )?"?([a-z_]+)?/i.exec(
      s,
    )
  if (!m) return s.slice(0, 30)
  const verb = m[1].toLowerCase().split(' ')[0]
  if (verb === 'select') {
    const table = /from "?([a-z_]+)"?/i.exec(s)?.[1] ?? '?'
    return `select ${table}`
  }
  if (verb === 'insert') return `insert ${/into "?([a-z_]+)/i.exec(s)?.[1]}`
  if (verb === 'update') return `update ${/update "?([a-z_]+)/i.exec(s)?.[1]}`
  if (verb === 'delete') return `delete ${/from "?([a-z_]+)/i.exec(s)?.[1]}`
  return verb
}

const record = (store, entry) => {
  if (store) store.statements.push(entry)
}
const timed = (fn, inTx) =>
  async function (stmt, ...rest) {
    const store = als.getStore()
    const t0 = now()
    try {
      return await fn.call(this, stmt, ...rest)
    } finally {
      const sql = typeof stmt === 'string' ? stmt : stmt?.sql
      record(store, { kind: kind(sql), ms: now() - t0, inTx, at: t0 })
    }
  }

const client = payload.db.client
client.execute = timed(client.execute.bind(client), false)
const transaction = client.transaction.bind(client)
client.transaction = async (mode) => {
  const tx = await transaction(mode)
  tx.execute = timed(tx.execute.bind(tx), true)
  for (const name of ['commit', 'rollback']) {
    const original = tx[name].bind(tx)
    tx[name] = async () => {
      const store = als.getStore()
      const t0 = now()
      try {
        return await original()
      } finally {
        record(store, { kind: name, ms: now() - t0, inTx: true, at: t0 })
      }
    }
  }
  return tx
}

const begin = payload.db.beginTransaction.bind(payload.db)
payload.db.beginTransaction = async (options) => {
  const store = als.getStore()
  const t0 = now()
  const id = await begin(options)
  if (store && store.turnAt === undefined) {
    store.beginCalledAt = t0
    store.turnAt = now()
  }
  return id
}
const commit = payload.db.commitTransaction.bind(payload.db)
payload.db.commitTransaction = async (id) => {
  const store = als.getStore()
  const t0 = now()
  await commit(id)
  if (store) {
    store.commitCalledAt = store.commitCalledAt ?? t0
    store.committedAt = now()
  }
}

// Hooks of the registration and job collections, timed by name.
for (const slug of ['form-submissions', 'payload-jobs']) {
  const hooks = payload.collections[slug]?.config.hooks ?? {}
  for (const [phase, list] of Object.entries(hooks)) {
    if (!Array.isArray(list)) continue
    list.forEach((hook, i) => {
      list[i] = async (args) => {
        const store = als.getStore()
        const t0 = now()
        try {
          return await hook(args)
        } finally {
          if (store)
            store.hooks.push({ name: `${slug}.${phase}[${i}]${hook.name ? ` ${hook.name}` : ''}`, ms: now() - t0 })
        }
      }
    })
  }
}
const queue = payload.jobs.queue.bind(payload.jobs)
payload.jobs.queue = async (args) => {
  const store = als.getStore()
  const t0 = now()
  try {
    return await queue(args)
  } finally {
    if (store) store.hooks.push({ name: 'jobs.queue (whole)', ms: now() - t0 })
  }
}

const { formId, eventId } = await createRsvpEvent(payload, { capacity: CAPACITY })
const register = async (submissionData) => {
  if (PATH === 'payload')
    return payload.create({
      collection: 'form-submissions',
      data: { form: formId, submissionData },
      overrideAccess: false,
      depth: 0,
    })
  const fields = Object.fromEntries(submissionData.map((f) => [f.field, String(f.value)]))
  const outcome = await submitPublicRegistration(payload, { [EVENT_FIELD]: String(eventId), ...fields }, '127.0.0.1', {
    tokenTaken: true,
  })
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors))
  return outcome
}
// One registration first, so that caches (form, prepared statements) are warm as on a running server.
await register(answers({ email: 'warm@exemple.fr' }))

const runs = []
const cpuBefore = process.cpuUsage()
const started = now()
await Promise.all(
  Array.from({ length: GUESTS }, (_, i) => {
    const store = { i, statements: [], hooks: [], startedAt: now() }
    runs.push(store)
    return als.run(store, async () => {
      // RSVP_STAGGER_MS: arrivals spread as over HTTP (each request parsed before it registers), not all at once.
      if (STAGGER_MS) await new Promise((resolve) => setTimeout(resolve, i * STAGGER_MS))
      try {
        const doc = await register(answers({ email: `invite${i}@exemple.fr`, lastName: `Invité ${i}` }))
        store.status = doc.status
      } catch (error) {
        store.status = `error: ${error.message}`
      }
      store.endedAt = now()
    })
  }),
)
const total = now() - started
const cpu = process.cpuUsage(cpuBefore)

const avg = (values) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0)
const pct = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}
const ms = (n) => `${n.toFixed(2)} ms`
const latencies = runs.map((r) => r.endedAt - r.startedAt)
const held = runs.map((r) => r.committedAt - r.turnAt)
const waited = runs.map((r) => r.turnAt - r.beginCalledAt)
const beforeBegin = runs.map((r) => r.beginCalledAt - r.startedAt)
const afterCommit = runs.map((r) => r.endedAt - r.committedAt)
const statuses = {}
for (const r of runs) statuses[r.status] = (statuses[r.status] ?? 0) + 1

console.log(
  `${GUESTS} registrations at once through the ${PATH} path, capacity ${CAPACITY}: ${total.toFixed(0)} ms in all, ${(GUESTS / (total / 1000)).toFixed(0)}/s`,
)
console.log(`outcome: ${JSON.stringify(statuses)}`)
console.log(
  `process CPU during the burst: ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms (${((cpu.user + cpu.system) / 1000 / GUESTS).toFixed(2)} ms per registration; wall ${(total / GUESTS).toFixed(2)} ms per registration)`,
)
console.log(`latency p50 ${ms(pct(latencies, 50))}, p99 ${ms(pct(latencies, 99))}`)
console.log(
  `per registration (mean): before begin ${ms(avg(beforeBegin))}, waiting for the turn ${ms(avg(waited))}, holding the turn ${ms(avg(held))} (p50 ${ms(pct(held, 50))}), after commit ${ms(avg(afterCommit))}`,
)
console.log(`turn held × guests = ${(avg(held) * GUESTS).toFixed(0)} ms (of ${total.toFixed(0)} ms)`)

const byKind = new Map()
for (const r of runs)
  for (const s of r.statements) {
    const key = `${s.inTx ? 'tx ' : '   '}${s.kind}`
    const e = byKind.get(key) ?? { n: 0, ms: 0 }
    e.n++
    e.ms += s.ms
    byKind.set(key, e)
  }
const stmtsInTx = avg(runs.map((r) => r.statements.filter((s) => s.inTx).length))
const stmtMsInTx = avg(runs.map((r) => r.statements.filter((s) => s.inTx).reduce((a, s) => a + s.ms, 0)))
console.log(
  `\nstatements per registration: ${avg(runs.map((r) => r.statements.length)).toFixed(1)} (${stmtsInTx.toFixed(1)} in the transaction, ${ms(stmtMsInTx)} of SQL in it; the rest of the held time is JavaScript)`,
)
console.log('statement kind                         per reg   mean ms   total ms')
for (const [key, e] of [...byKind].sort((a, b) => b[1].ms - a[1].ms))
  console.log(
    `${key.padEnd(38)} ${(e.n / GUESTS).toFixed(2).padStart(7)} ${(e.ms / e.n).toFixed(3).padStart(9)} ${e.ms.toFixed(0).padStart(10)}`,
  )

const byHook = new Map()
for (const r of runs)
  for (const h of r.hooks) {
    const e = byHook.get(h.name) ?? { n: 0, ms: 0 }
    e.n++
    e.ms += h.ms
    byHook.set(h.name, e)
  }
console.log('\nhook (wall time, includes its statements)       per reg   mean ms')
for (const [key, e] of [...byHook].sort((a, b) => b[1].ms - a[1].ms))
  console.log(
    `${key.slice(0, 48).padEnd(48)} ${(e.n / GUESTS).toFixed(2).padStart(7)} ${(e.ms / e.n).toFixed(3).padStart(9)}`,
  )

// One registration's statements in order, for reading.
const sample = runs[Math.floor(GUESTS / 2)]
console.log(`\nregistration #${sample.i} in order (offset from its turn, ms):`)
for (const s of sample.statements)
  console.log(
    `  ${(s.at - (sample.turnAt ?? sample.startedAt)).toFixed(2).padStart(8)} ${s.inTx ? 'tx' : '  '} ${s.kind} ${s.ms.toFixed(2)}`,
  )

await payload.destroy()
process.exit(0)
