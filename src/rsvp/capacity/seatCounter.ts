/**
 * Seat counters kept on the RSVP form document and changed only by single atomic conditional updates, so
 * capacity holds with any number of concurrent requests and app instances on either database:
 * SQLite runs `UPDATE … WHERE seats_confirmed + n <= capacity` as one statement under its write lock; MongoDB
 * runs `findOneAndUpdate({ seatsConfirmed: { $lte: capacity - n } }, { $inc })`, atomic per document.
 * On SQLite they run in the request's transaction (see sqliteStore): a registration rolled back gives its
 * seat back. On MongoDB they bypass it: a counter taken and then rolled back only ever over-counts (a seat
 * stays blocked), never lets the room overflow. Nothing repairs such a counter yet (a recount of the form's
 * registrations under the per-form lock is a follow-up).
 */
import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

import { withDocumentLock } from '../../db/documentLock'
import { exclusiveSqliteWrite } from '../../db/sqliteTransactions'
import { processState } from '../../concurrency/processState'
import { withLock } from '../../concurrency/mutex'

export type Id = string | number
export type Allocation = {
  status: 'confirmed' | 'waiting'
  arrival: number
  /** The form's counters right after this allocation, read by the same statement. */
  counts?: { confirmed: number; waiting: number }
}
export type Counters = { confirmed: number; waiting: number; arrivals: number }

type Store = {
  allocate(formId: Id, people: number, capacity: number): Promise<Allocation>
  release(formId: Id, people: number, from: 'confirmed' | 'waiting'): Promise<void>
  promote(formId: Id, people: number, capacity: number): Promise<boolean>
  read(formId: Id): Promise<Counters>
  /** Moves one registration from one status to another only if it still has the first: a claim. */
  claim(submissionId: Id, from: string, to: string): Promise<boolean>
  /** Records the allocation on the registration without re-running the collection's hooks. */
  record(submissionId: Id, allocation: Allocation, cancelTokenHash: string, transactionID?: unknown): Promise<void>
}

type SqliteDb = { run: (query: unknown) => Promise<{ rows: Record<string, unknown>[] }> }

/**
 * With SQLite transactions on (src/db/sqliteTransactions.ts), a counter written inside a request runs on
 * that request's connection (it holds the write lock: any other connection would wait for it), so it
 * commits or rolls back with the registration; outside a request, it takes this process's write turn.
 */
function sqliteStore(payload: Payload, transaction?: SqliteDb): Store {
  const base = (payload.db as unknown as { drizzle: SqliteDb }).drizzle
  const db: SqliteDb = transaction ?? { run: (query) => exclusiveSqliteWrite(payload, () => base.run(query)) }
  // Readers never wait for the writer in WAL mode: no turn needed.
  const reader: SqliteDb = transaction ?? base
  const returning = async (query: unknown) => (await db.run(query)).rows
  return {
    async allocate(formId, people, capacity) {
      const counts = (row: Record<string, unknown>) => ({
        confirmed: Number(row.seats_confirmed ?? 0),
        waiting: Number(row.seats_waiting ?? 0),
      })
      const confirmed = await returning(sql`UPDATE forms
        SET seats_confirmed = COALESCE(seats_confirmed, 0) + ${people}, arrivals = COALESCE(arrivals, 0) + 1
        WHERE id = ${formId} AND COALESCE(seats_waiting, 0) = 0 AND COALESCE(seats_confirmed, 0) + ${people} <= ${capacity}
        RETURNING arrivals, seats_confirmed, seats_waiting`)
      if (confirmed.length)
        return { status: 'confirmed', arrival: Number(confirmed[0].arrivals), counts: counts(confirmed[0]) }
      const waiting = await returning(sql`UPDATE forms
        SET seats_waiting = COALESCE(seats_waiting, 0) + ${people}, arrivals = COALESCE(arrivals, 0) + 1
        WHERE id = ${formId} RETURNING arrivals, seats_confirmed, seats_waiting`)
      if (!waiting.length) throw new Error(`RSVP form ${formId} not found`)
      return { status: 'waiting', arrival: Number(waiting[0].arrivals), counts: counts(waiting[0]) }
    },
    async release(formId, people, from) {
      if (from === 'confirmed')
        await db.run(
          sql`UPDATE forms SET seats_confirmed = MAX(COALESCE(seats_confirmed, 0) - ${people}, 0) WHERE id = ${formId}`,
        )
      else
        await db.run(
          sql`UPDATE forms SET seats_waiting = MAX(COALESCE(seats_waiting, 0) - ${people}, 0) WHERE id = ${formId}`,
        )
    },
    async promote(formId, people, capacity) {
      const rows = await returning(sql`UPDATE forms
        SET seats_confirmed = COALESCE(seats_confirmed, 0) + ${people}, seats_waiting = MAX(COALESCE(seats_waiting, 0) - ${people}, 0)
        WHERE id = ${formId} AND COALESCE(seats_confirmed, 0) + ${people} <= ${capacity}
        RETURNING id`)
      return rows.length > 0
    },
    async read(formId) {
      const rows = (
        await reader.run(sql`SELECT seats_confirmed, seats_waiting, arrivals FROM forms WHERE id = ${formId}`)
      ).rows
      const row = rows[0] ?? {}
      return {
        confirmed: Number(row.seats_confirmed ?? 0),
        waiting: Number(row.seats_waiting ?? 0),
        arrivals: Number(row.arrivals ?? 0),
      }
    },
    async record(submissionId, { status, arrival }, cancelTokenHash) {
      await db.run(
        sql`UPDATE form_submissions SET status = ${status}, arrival = ${arrival}, cancel_token_hash = ${cancelTokenHash} WHERE id = ${submissionId}`,
      )
    },
    async claim(submissionId, from, to) {
      const rows = await returning(
        sql`UPDATE form_submissions SET status = ${to} WHERE id = ${submissionId} AND status = ${from} RETURNING id`,
      )
      return rows.length > 0
    },
  }
}

type MongoModel = {
  findOneAndUpdate: (filter: object, update: object, options: object) => Promise<Record<string, unknown> | null>
  updateOne: (filter: object, update: object, options?: object) => Promise<unknown>
  findOne: (filter: object, projection?: object, options?: object) => Promise<Record<string, unknown> | null>
}

function mongoStore(payload: Payload): Store {
  const models = (payload.db as unknown as { collections: Record<string, MongoModel> }).collections
  const forms = models.forms
  const sessions = () => (payload.db as unknown as { sessions?: Record<string, unknown> }).sessions ?? {}
  const initialised = new Set<string>()
  // $inc cannot add to an explicit null: give older form documents numeric counters once.
  const init = async (formId: Id) => {
    if (initialised.has(String(formId))) return
    for (const key of ['seatsConfirmed', 'seatsWaiting', 'arrivals'])
      await forms.updateOne({ _id: formId, [key]: null }, { $set: { [key]: 0 } })
    initialised.add(String(formId))
  }
  const options = { new: true, lean: true }
  return {
    async allocate(formId, people, capacity) {
      await init(formId)
      const confirmed = await forms.findOneAndUpdate(
        { _id: formId, seatsWaiting: { $lte: 0 }, seatsConfirmed: { $lte: capacity - people } },
        { $inc: { seatsConfirmed: people, arrivals: 1 } },
        options,
      )
      const counts = (doc: Record<string, unknown>) => ({
        confirmed: Number(doc.seatsConfirmed ?? 0),
        waiting: Number(doc.seatsWaiting ?? 0),
      })
      if (confirmed) return { status: 'confirmed', arrival: Number(confirmed.arrivals), counts: counts(confirmed) }
      const waiting = await forms.findOneAndUpdate(
        { _id: formId },
        { $inc: { seatsWaiting: people, arrivals: 1 } },
        options,
      )
      if (!waiting) throw new Error(`RSVP form ${formId} not found`)
      return { status: 'waiting', arrival: Number(waiting.arrivals), counts: counts(waiting) }
    },
    async release(formId, people, from) {
      await init(formId)
      const key = from === 'confirmed' ? 'seatsConfirmed' : 'seatsWaiting'
      await forms.updateOne({ _id: formId, [key]: { $gte: people } }, { $inc: { [key]: -people } })
    },
    async promote(formId, people, capacity) {
      await init(formId)
      const done = await forms.findOneAndUpdate(
        { _id: formId, seatsConfirmed: { $lte: capacity - people } },
        { $inc: { seatsConfirmed: people, seatsWaiting: -people } },
        options,
      )
      return Boolean(done)
    },
    async read(formId) {
      const doc =
        (await forms.findOne({ _id: formId }, { seatsConfirmed: 1, seatsWaiting: 1, arrivals: 1 }, { lean: true })) ??
        {}
      return {
        confirmed: Number(doc.seatsConfirmed ?? 0),
        waiting: Number(doc.seatsWaiting ?? 0),
        arrivals: Number(doc.arrivals ?? 0),
      }
    },
    async record(submissionId, { status, arrival }, cancelTokenHash, transactionID) {
      // The new row may still sit in the request's transaction (replica sets): write it in the same session.
      const session = transactionID ? sessions()[String(transactionID)] : undefined
      await models['form-submissions'].updateOne(
        { _id: submissionId },
        { $set: { status, arrival, cancelTokenHash } },
        session ? { session } : {},
      )
    },
    async claim(submissionId, from, to) {
      const done = await models['form-submissions'].findOneAndUpdate(
        { _id: submissionId, status: from },
        { $set: { status: to } },
        options,
      )
      return Boolean(done)
    },
  }
}

/**
 * Counter changes of one form also queue behind each other in this process. The database alone keeps
 * them atomic on SQLite and MongoDB; FerretDB (the MongoDB stand-in of the tests) runs findAndModify as a
 * read then a write, so without this queue concurrent requests there would overfill the room. With several
 * app processes on one MongoDB-protocol database, a lock document queues them across processes too
 * (src/db/documentLock.ts); SQLite's write lock already does.
 */
function serialised(store: Store, acrossProcesses?: Payload): Store {
  const lock = <T>(formId: Id, work: () => Promise<T>) =>
    withLock(`seats:${String(formId)}`, () =>
      acrossProcesses ? withDocumentLock(acrossProcesses, `seats:${String(formId)}`, work) : work(),
    )
  return {
    ...store,
    allocate: (formId, people, capacity) => lock(formId, () => store.allocate(formId, people, capacity)),
    release: (formId, people, from) => lock(formId, () => store.release(formId, people, from)),
    promote: (formId, people, capacity) => lock(formId, () => store.promote(formId, people, capacity)),
  }
}

const stores = processState('seats.stores', () => new WeakMap<Payload, Store>())

/** The open SQLite transaction of a request, if any. */
function sqliteTransaction(payload: Payload, transactionID: unknown): SqliteDb | undefined {
  if (typeof transactionID !== 'string' && typeof transactionID !== 'number') return undefined
  return (payload.db as unknown as { sessions?: Record<string, { db: SqliteDb } | undefined> }).sessions?.[
    String(transactionID)
  ]?.db
}

export function seatStore(payload: Payload, req?: { transactionID?: unknown }): Store {
  if (payload.db.name !== 'mongoose') {
    const transaction = sqliteTransaction(payload, req?.transactionID)
    if (transaction) return serialised(sqliteStore(payload, transaction))
  }
  let store = stores.get(payload)
  if (!store) {
    store = payload.db.name === 'mongoose' ? serialised(mongoStore(payload), payload) : serialised(sqliteStore(payload))
    stores.set(payload, store)
  }
  return store
}
