/**
 * « Marquer présent » as one atomic conditional update, so two phones scanning the same guest at once record
 * one arrival: SQLite runs `UPDATE … WHERE checked_in_at IS NULL … RETURNING` under its write lock; MongoDB
 * runs `findOneAndUpdate({ checkedInAt: null, … })`, atomic per document. FerretDB (the MongoDB stand-in of
 * the tests) runs findAndModify as a read then a write, so check-ins of one registration also queue in this
 * process and, on a MongoDB-protocol database, across processes behind a lock document (as the seat counters do).
 */
import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

import { withDocumentLock } from '../db/documentLock'
import { exclusiveSqliteWrite } from '../db/sqliteTransactions'
import { withLock } from '../concurrency/mutex'

export type Id = string | number
/** Only a live registration can be checked in: not cancelled, not erased. */
export const CHECKABLE_STATUSES = ['confirmed', 'waiting'] as const

type SqliteDb = { run: (query: unknown) => Promise<{ rows: Record<string, unknown>[] }> }
type MongoModel = {
  findOneAndUpdate: (filter: object, update: object, options: object) => Promise<Record<string, unknown> | null>
}

async function sqliteMark(payload: Payload, id: Id, at: string, by: string): Promise<boolean> {
  const db = (payload.db as unknown as { drizzle: SqliteDb }).drizzle
  // In this process's write turn: a transaction of another request may hold SQLite's write lock (src/db/sqliteTransactions.ts).
  const { rows } = await exclusiveSqliteWrite(payload, () =>
    db.run(sql`UPDATE form_submissions SET attended = 1, checked_in_at = ${at}, checked_in_by = ${by}
    WHERE id = ${id} AND checked_in_at IS NULL AND erased_at IS NULL AND status IN ('confirmed', 'waiting')
    RETURNING id`),
  )
  return rows.length > 0
}

async function mongoMark(payload: Payload, id: Id, at: string, by: string): Promise<boolean> {
  const model = (payload.db as unknown as { collections: Record<string, MongoModel> }).collections['form-submissions']
  const done = await model.findOneAndUpdate(
    { _id: id, checkedInAt: null, erasedAt: null, status: { $in: [...CHECKABLE_STATUSES] } },
    { $set: { attended: true, checkedInAt: new Date(at), checkedInBy: by } },
    { new: true, lean: true },
  )
  return Boolean(done)
}

/** True when this call recorded the arrival; false when it was already recorded (or the registration is gone). */
export function markPresent(payload: Payload, id: Id, by: string, now: Date = new Date()): Promise<boolean> {
  const at = now.toISOString()
  const key = `checkin:${String(id)}`
  if (payload.db.name !== 'mongoose') return withLock(key, () => sqliteMark(payload, id, at, by))
  return withLock(key, () => withDocumentLock(payload, key, () => mongoMark(payload, id, at, by)))
}
