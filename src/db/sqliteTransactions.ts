/**
 * All-or-nothing writes on the embedded SQLite. `@payloadcms/db-sqlite` runs without transactions unless
 * `transactionOptions` is set (a create failing half-way left half a document). With them on, two things in
 * the libsql driver need help:
 *
 * - libsql's client hands its connection to each transaction (`BEGIN IMMEDIATE`) and opens a fresh one for
 *   whatever comes next, without the connection pragmas Payload set at start: the next transaction would
 *   meet a busy database with `busy_timeout = 0` and fail at once (SQLITE_BUSY). Every replacement
 *   connection gets the pragmas again, before anything else can use it.
 * - libsql runs SQLite synchronously. A second transaction of the same process waiting for the write lock
 *   would sleep inside SQLite, on the thread the first one needs to commit: a stall until busy_timeout,
 *   then an error. So the transactions of one process (and the raw writes of `exclusiveWrite`) take turns
 *   in a queue here, one per database file; other processes on the same file still wait through
 *   busy_timeout, as before. A turn not released within TURN_LIMIT_MS (a transaction never ended) stops
 *   blocking the queue, so a bug becomes an error, never a hung server.
 * - Payload and its plugins sometimes open an "independent" transaction inside an operation that holds one
 *   (the import-export plugin per CSV row, forgot-password's reservation): on a single-writer database
 *   that one would wait for its own parent. Inside the async flow that owns a transaction (tracked with
 *   AsyncLocalStorage from the begin on), a new one is a savepoint of it instead: it commits or rolls back
 *   alone, and is undone with its parent.
 */
import { AsyncLocalStorage } from 'node:async_hooks'
import crypto from 'node:crypto'

import type { BaseDatabaseAdapter, DatabaseAdapterObj } from 'payload'

import { processState } from '../concurrency/processState'

const TURN_LIMIT_MS = 30_000

type Release = () => void
type Queue = { tail: Promise<void> }
const queues = processState('sqlite.writeQueues', () => new Map<string, Queue>())

function queueFor(file: string): Queue {
  let queue = queues.get(file)
  if (!queue) queues.set(file, (queue = { tail: Promise.resolve() }))
  return queue
}

/** Waits for this process's turn to write to `file`; the returned function ends the turn (idempotent). */
async function takeTurn(file: string): Promise<Release> {
  const queue = queueFor(file)
  let end!: () => void
  const ended = new Promise<void>((resolve) => (end = resolve))
  const previous = queue.tail
  // The next writer waits for this turn's end, or for the limit if this turn never ends.
  queue.tail = previous.then(() =>
    Promise.race([ended, new Promise<void>((r) => setTimeout(r, TURN_LIMIT_MS).unref())]),
  )
  await previous
  let done = false
  return () => {
    if (done) return
    done = true
    end()
  }
}

/**
 * Runs writes made outside any transaction in this process's turn, so they never wait inside SQLite on a
 * transaction of the same process. Reentrant: within a flow that already holds the turn (its transaction,
 * or an outer exclusiveWrite), the work runs at once.
 */
export async function exclusiveWrite<T>(file: string, work: () => Promise<T>): Promise<T> {
  const current = owners.getStore()
  if (current?.active && current.file === file) return work()
  const release = await takeTurn(file)
  try {
    return await owners.run({ file, active: true }, work)
  } finally {
    release()
  }
}

/** exclusiveWrite on the database file of this Payload's SQLite adapter. */
export function exclusiveSqliteWrite<T>(payload: { db: unknown }, work: () => Promise<T>): Promise<T> {
  const url = (payload.db as { clientConfig?: { url?: string } }).clientConfig?.url ?? ''
  return exclusiveWrite(url.replace(/^file:/, ''), work)
}

const ADAPTER_WRITES = [
  'create',
  'createGlobal',
  'createGlobalVersion',
  'createVersion',
  'deleteMany',
  'deleteOne',
  'deleteVersions',
  'updateGlobal',
  'updateGlobalVersion',
  'updateJobs',
  'updateMany',
  'updateOne',
  'updateVersion',
  'upsert',
] as const

type LibsqlClient = {
  transaction: (mode?: string) => Promise<unknown>
  execute: (sql: string) => Promise<unknown>
  __occePragmas?: boolean
}
type Session = {
  db: { transaction: (work: (tx: unknown) => Promise<void>) => Promise<void> }
  resolve: () => Promise<unknown>
  reject: () => Promise<unknown>
  afterCommit?: (() => Promise<void>)[]
}
/** The transaction an async flow began: set when its begin is called, active until commit or rollback. */
type Owner = { file: string; id?: string; active: boolean }
const owners = processState('sqlite.transactionOwners', () => new AsyncLocalStorage<Owner>())

/** A savepoint in the parent's transaction, registered as a session of its own (same lifting as Payload's). */
async function beginSavepoint(sessions: Record<string, Session>, parent: Session): Promise<string> {
  const id = crypto.randomUUID()
  let resolve!: () => Promise<unknown>
  let reject!: () => Promise<unknown>
  const ready = new Promise<unknown>((onReady, onFailed) => {
    const done: Promise<void> = parent.db
      .transaction(async (tx) => {
        await new Promise<void>((res, rej) => {
          resolve = () => (res(), done)
          reject = () => (rej(new Error('rollback')), done)
          onReady(tx)
        })
      })
      .catch((error) => onFailed(error))
  })
  const tx = await ready
  sessions[id] = { db: tx as Session['db'], resolve, reject, afterCommit: parent.afterCommit }
  return id
}
type SqliteAdapter = BaseDatabaseAdapter & {
  client?: LibsqlClient
  sessions: Record<string, Session>
}

/** Re-applies `pragmas` to the connection libsql opens after handing the previous one to a transaction. */
function keepPragmas(client: LibsqlClient, pragmas: string[], log: (message: string) => void) {
  if (client.__occePragmas) return
  client.__occePragmas = true
  const transaction = client.transaction.bind(client)
  client.transaction = (mode?: string) => {
    const begun = transaction(mode)
    // Synchronous up to here: libsql's execute opens the new connection before any other caller runs.
    for (const pragma of pragmas) client.execute(pragma).catch((error) => log(`${pragma} : ${String(error)}`))
    return begun
  }
}

/**
 * The SQLite adapter with transactions that work under concurrency: pragmas kept on every connection and
 * one transaction at a time per process and database file.
 */
export function withSqliteTransactions(
  adapter: DatabaseAdapterObj,
  file: string,
  pragmas: string[],
): DatabaseAdapterObj {
  return {
    ...adapter,
    init: (args) => {
      const instance = adapter.init(args) as SqliteAdapter
      const log = (message: string) => args.payload.logger.error(`[sqlite] ${message}`)

      const connect = instance.connect
      if (connect)
        instance.connect = async function (this: SqliteAdapter, ...rest: Parameters<typeof connect>) {
          await connect.apply(this, rest)
          if (this.client) keepPragmas(this.client, pragmas, log)
        }

      // Payload's own writes without a transaction (jobs bookkeeping, `disableTransaction` operations) take the
      // turn too; with the request's transaction, or inside a flow that holds the turn, they run as they are.
      for (const name of ADAPTER_WRITES) {
        const write = (instance as unknown as Record<string, unknown>)[name]
        if (typeof write !== 'function') continue
        ;(instance as unknown as Record<string, unknown>)[name] = function (
          this: SqliteAdapter,
          args?: { req?: { transactionID?: unknown } },
        ) {
          const id = args?.req?.transactionID
          if ((typeof id === 'string' || typeof id === 'number') && this.sessions[String(id)])
            return write.call(this, args)
          return exclusiveWrite(file, () => write.call(this, args))
        }
      }

      const begin = instance.beginTransaction
      instance.beginTransaction = async function (this: SqliteAdapter, options) {
        // Synchronous part: Payload calls this from the operation's own flow, which the owner then marks.
        const parent = owners.getStore()
        const parentSession = parent?.active && parent.file === file && parent.id ? this.sessions[parent.id] : undefined
        const owner: Owner = { file, active: false }
        owners.enterWith(owner)
        if (parentSession) {
          const id = await beginSavepoint(this.sessions, parentSession)
          const session = this.sessions[id]
          const { resolve, reject } = session
          session.resolve = () => resolve().finally(() => (owner.active = false))
          session.reject = () => reject().finally(() => (owner.active = false))
          Object.assign(owner, { id, active: true })
          return id
        }
        const release = await takeTurn(file)
        let id: null | number | string
        try {
          id = await begin.call(this, options)
        } catch (error) {
          release()
          throw error
        }
        const session = id === null ? undefined : this.sessions[String(id)]
        if (!session) {
          release()
          return id
        }
        // Commit or rollback ends the turn once SQLite has finished it; then, after a commit only, the work
        // queued by afterCommit runs (the operation awaits it, outside the turn).
        const { resolve, reject } = session
        const end = () => {
          owner.active = false
          release()
        }
        session.afterCommit = []
        session.resolve = async () => {
          await resolve().finally(end)
          for (const work of session.afterCommit ?? [])
            await work().catch((error) => log(`après validation : ${String(error)}`))
        }
        session.reject = () => reject().finally(end)
        Object.assign(owner, { id: String(id), active: true })
        return id
      }
      return instance
    },
  }
}

/**
 * Runs `work` once the request's SQLite transaction has committed (never if it rolls back), and at once
 * without one (MongoDB, or no transaction). For what must not happen for a write that may still be undone,
 * and need not hold the write turn: e-mails to guests, for instance.
 */
export async function afterCommit(
  payload: { db: unknown },
  req: { transactionID?: unknown } | undefined,
  work: () => Promise<void>,
): Promise<void> {
  const id = req?.transactionID
  const session =
    typeof id === 'string' || typeof id === 'number'
      ? (payload.db as { sessions?: Record<string, Session | undefined> }).sessions?.[String(id)]
      : undefined
  if (session && Object.hasOwn(session, 'afterCommit')) session.afterCommit?.push(work)
  else await work()
}
