/**
 * The public form's registration on SQLite without Payload's create: a burst of registrations is bound by
 * the one JavaScript thread, and a create cost ≈ 12 ms of CPU there (field traversal, hooks, query
 * building, reading the document back) against ≈ 1 ms for these few statements (bench/rsvpProfile.mjs).
 *
 * Same rules (../rules/admission.ts), same seat counter (../capacity/seatCounter.ts), same queued e-mails
 * (../emails/emailJobs.ts), same rows: tests/int/rsvpLeanPath.test.ts registers through both paths and
 * compares every column. What the submissions' hooks do on create is done here, in the same order:
 * - validateSubmission: the rules, the duplicate address (in this process while in flight, then in the
 *   table, in the write turn), the values rewritten from the checked ones;
 * - stampRegistrationOwner: the association is the event's organiser;
 * - afterSubmissionChange: seats taken in the transaction, the cancel token's hash, the e-mail jobs;
 * - the admin plugin's revalidation of the event pages (places left), here once the registration is stored.
 * (The form-builder's own hooks do nothing for a registration: no payment, its e-mails skipped.)
 *
 * Taken only when it applies: SQLite, plain job rows, a form and its published event found; anything else
 * (MongoDB, a plain form, a form without its event) goes through Payload's create, which answers it.
 */
import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

import { type Id, idOf } from '../../db/ids'
import { announceSqliteTransaction } from '../../db/sqliteTransactions'
import { revalidateHooks } from '../../hooks/revalidate'
import { capacityOf } from '../capacity/rule'
import { seatStore } from '../capacity/seatCounter'
import { plainJobRows, registrationEmails, RSVP_EMAIL_QUEUE, RSVP_EMAIL_TASK } from '../emails/emailJobs'
import { formById, type RegistrationEvent } from '../lookup'
import { admitSubmission, DUPLICATE_EMAIL_ERROR } from '../rules/admission'
import type { FieldError, FormBlock } from '../rules/submission'
import { cancelToken, hashToken } from './cancelToken'
import { rowId } from './rowId'
import { dedupeKey, holdInFlight, releaseInFlight } from './validate'

type Query = ReturnType<typeof sql>
type Db = { run: (query: Query) => Promise<{ rows: Record<string, unknown>[] }> }
type SqliteAdapter = {
  drizzle: Db
  sessions: Record<string, { db: Db } | undefined>
  beginTransaction: () => Promise<Id | null | undefined>
  commitTransaction: (id: Id) => Promise<void>
  rollbackTransaction: (id: Id) => Promise<void>
}

export type LeanOutcome =
  { ok: true; status: 'confirmed' | 'waiting' } | { ok: false; httpStatus: number; errors: FieldError[] }

/** The adapter-level choice: this path on SQLite when e-mail jobs are plain rows; Payload's create otherwise. */
export const usesLeanRegistration = (payload: Payload) => payload.db.name === 'sqlite' && plainJobRows(payload)

const adapterOf = (payload: Payload) => payload.db as unknown as SqliteAdapter

const EVENT_COLUMNS = sql.raw(
  ['id', 'starts_at', 'startsat_tz', 'ends_at', 'organiser_id', 'contact_id', 'rsvp_form_id', 'rsvp_deadline']
    .concat(['rsvp_deadline_tz', 'rsvp_capacity'])
    .map((column) => `e.${column}`)
    .join(', '),
)

const toEvent = (row: Record<string, unknown> | undefined): RegistrationEvent | undefined =>
  row
    ? ({
        id: row.id as number,
        startsAt: row.starts_at as string,
        startsAt_tz: row.startsat_tz as RegistrationEvent['startsAt_tz'],
        endsAt: row.ends_at as string,
        organiser: row.organiser_id as number,
        contact: (row.contact_id ?? null) as number | null,
        rsvp: {
          form: (row.rsvp_form_id ?? null) as number | null,
          deadline: (row.rsvp_deadline ?? null) as string | null,
          deadline_tz: (row.rsvp_deadline_tz ?? null) as never,
          capacity: (row.rsvp_capacity ?? null) as number | null,
        },
      } as RegistrationEvent)
    : undefined

/**
 * In one statement, what the Payload path reads in two: the published event the public form names (as
 * `registrationEvent` reads it with the public's access), then the published event whose RSVP is its form,
 * chosen as `eventForForm` (../lookup.ts) chooses it — the same one, a form serving one event. Undefined
 * when the named event is not published or takes no registrations. `requestedId`: the named event's id.
 */
export async function registrationEventOnSqlite(
  payload: Payload,
  eventId: string,
): Promise<{ event: RegistrationEvent; requestedId: string } | undefined> {
  const { rows } = await adapterOf(payload).drizzle.run(
    sql`SELECT ${EVENT_COLUMNS}, named.id AS named_id FROM events named
        JOIN events e ON e.rsvp_form_id = named.rsvp_form_id AND e._status = 'published'
        WHERE named.id = ${eventId} AND named._status = 'published'
        ORDER BY e.starts_at DESC, e.created_at DESC LIMIT 1`,
  )
  const event = toEvent(rows[0])
  return event ? { event, requestedId: String(rows[0].named_id) } : undefined
}

let eventPagesRefresh: ReturnType<typeof revalidateHooks>['afterChange'][number] | undefined
/** The event pages show the places left: expired as the admin plugin's hook on registrations does. */
function refreshEventPages(payload: Payload, doc: Record<string, unknown>) {
  eventPagesRefresh ??= revalidateHooks('events').afterChange[0]
  void eventPagesRefresh({ doc, req: { payload, context: {} } } as never)
}

const refused = (errors: FieldError[]): LeanOutcome => ({ ok: false, httpStatus: 400, errors })

const isDuplicateKey = (error: unknown) => /UNIQUE constraint failed: form_submissions\.dedupe_key/.test(String(error))

/**
 * Registers `submissionData` (the form's `{ field, value }` pairs) for `event` (registrationEventOnSqlite);
 * undefined when this path does not apply (the caller then uses Payload's create). `announced`: the
 * withdrawal of the caller's announcement of this transaction (announceSqliteTransaction), if it made one.
 */
export async function registerOnSqlite(
  payload: Payload,
  event: RegistrationEvent,
  submissionData: { field: string; value: string }[],
  announced?: () => void,
): Promise<LeanOutcome | undefined> {
  // Registrations of a burst then share one COMMIT (src/db/sqliteTransactions.ts), instead of one each.
  const withdraw = announced ?? announceSqliteTransaction(payload)
  try {
    return await register(payload, event, submissionData, withdraw)
  } finally {
    withdraw()
  }
}

async function register(
  payload: Payload,
  event: RegistrationEvent,
  submissionData: { field: string; value: string }[],
  begun: () => void,
): Promise<LeanOutcome | undefined> {
  const formId = idOf(event.rsvp?.form)
  const form = formId === undefined || formId === null ? undefined : await formById(payload, formId)
  if (!form) return undefined
  const admitted = admitSubmission((form.fields ?? []) as FormBlock[], event, submissionData)
  if (!admitted.ok) return refused(admitted.errors)
  const { clean } = admitted
  const key = dedupeKey(form.id, clean.email)
  if (!holdInFlight(key)) return refused([DUPLICATE_EMAIL_ERROR])
  try {
    const adapter = adapterOf(payload)
    const transactionID = await adapter.beginTransaction()
    begun()
    const db =
      transactionID !== null && transactionID !== undefined ? adapter.sessions[String(transactionID)]?.db : undefined
    if (!db) return undefined
    try {
      const taken = await db.run(sql`SELECT 1 FROM form_submissions WHERE dedupe_key = ${key} LIMIT 1`)
      if (taken.rows.length) {
        await adapter.rollbackTransaction(transactionID!)
        return refused([DUPLICATE_EMAIL_ERROR])
      }
      const seats = seatStore(payload, { transactionID })
      const allocation = await seats.allocate(form.id, clean.attendees, capacityOf(event.rsvp?.capacity))
      const now = new Date()
      const at = now.toISOString()
      const association = event.organiser ?? null
      const inserted = await db.run(sql`INSERT INTO form_submissions
          (form_id, event_id, association_id, first_name, last_name, email, attendees, status, dedupe_key, updated_at, created_at)
          VALUES (${form.id}, ${event.id}, ${association}, ${clean.firstName}, ${clean.lastName}, ${clean.email},
            ${clean.attendees}, 'pending', ${key}, ${at}, ${at})
          RETURNING id`)
      const id = Number(inserted.rows[0].id)
      const answers = Object.entries(clean.values).map(
        ([field, value], i) => sql`(${i + 1}, ${id}, ${rowId(now)}, ${field}, ${value})`,
      )
      if (answers.length)
        await db.run(sql`INSERT INTO form_submissions_submission_data (_order, _parent_id, id, field, value)
            VALUES ${sql.join(answers, sql`, `)}`)
      await seats.record(id, allocation, hashToken(cancelToken(payload.secret, id)))
      const hasContact = event.contact !== null && event.contact !== undefined
      const jobs = registrationEmails(String(id), allocation.status, hasContact ? allocation.counts : undefined).map(
        (input) => sql`(${JSON.stringify(input)}, 0, 0, ${RSVP_EMAIL_TASK}, ${RSVP_EMAIL_QUEUE}, 0, ${at}, ${at})`,
      )
      await db.run(sql`INSERT INTO payload_jobs
          (input, total_tried, has_error, task_slug, queue, processing, updated_at, created_at)
          VALUES ${sql.join(jobs, sql`, `)}`)
      // Returns once the group's COMMIT is on disk (src/db/sqliteTransactions.ts): stored, seat taken.
      await adapter.commitTransaction(transactionID!)
      refreshEventPages(payload, { id, event: event.id, status: allocation.status })
      return { ok: true, status: allocation.status }
    } catch (error) {
      await adapter.rollbackTransaction(transactionID!).catch(() => undefined)
      // Another process stored the same address first: its unique key stops this one.
      if (isDuplicateKey(error)) return refused([DUPLICATE_EMAIL_ERROR])
      throw error
    }
  } finally {
    releaseInFlight(key)
  }
}
