/**
 * All-or-nothing writes on the embedded SQLite. `@payloadcms/db-sqlite` runs without transactions unless
 * `transactionOptions` is set (a create failing half-way left half a document). With them on, two things in
 * the libsql driver need help:
 *
 * - libsql's client hands its connection to each transaction (`BEGIN IMMEDIATE`) and opens a fresh one for
 *   whatever comes next, without the connection pragmas Payload set at start (`busy_timeout = 0`: SQLITE_BUSY
 *   at once), and the file descriptor of the handed-over one is never given back (see transactionsOnWriter).
 *   Transactions run instead on one connection kept for them, opened once with the pragmas.
 * - libsql runs SQLite synchronously. A second transaction of the same process waiting for the write lock
 *   would sleep inside SQLite, on the thread the first one needs to commit: a stall until busy_timeout,
 *   then an error. So the transactions of one process (and the raw writes of `exclusiveWrite`) take turns
 *   in a queue here, one per database file; other processes on the same file still wait through
 *   busy_timeout, as before. A turn not released within TURN_LIMIT_MS (a transaction never ended) stops
 *   blocking the queue (that transaction is rolled back), so a bug becomes an error, never a hung server.
 * - Each transaction paid its own BEGIN on a fresh connection, two pragmas and a COMMIT with its fsync:
 *   most of a registration's time in a burst. Transactions that queue behind each other now share one
 *   SQLite transaction (group commit), each in a savepoint: each still commits or rolls back alone, and
 *   its commit returns only once the shared COMMIT is on disk (see Group).
 * - Payload and its plugins sometimes open an "independent" transaction inside an operation that holds one
 *   (the import-export plugin per CSV row, forgot-password's reservation): on a single-writer database
 *   that one would wait for its own parent. Inside the async flow that owns a transaction (tracked with
 *   AsyncLocalStorage from the begin on), a new one is a savepoint of it instead: it commits or rolls back
 *   alone, and is undone with its parent.
 */
import { AsyncLocalStorage } from 'node:async_hooks'
import crypto from 'node:crypto'
import { createRequire } from 'node:module'

import type { BaseDatabaseAdapter, DatabaseAdapterObj } from 'payload'

import { processState } from '../concurrency/processState'

const TURN_LIMIT_MS = 30_000
/**
 * A shared transaction takes at most this many members and stays open at most this long (measured on a loaded
 * machine: with 250 ms, members of ~100 ms each made groups of 2, and the COMMITs' fsyncs were a third of the
 * server's time in a 200-registration burst).
 */
const GROUP_MAX_MEMBERS = 64
const GROUP_MAX_MS = 1000
/**
 * How long a shared transaction stays open, with nobody in the queue, during a burst of announced
 * transactions (announceSqliteTransaction: registrations). libsql runs SQLite synchronously, so a
 * registration over HTTP runs from its body to its COMMIT without giving the event loop back: the next
 * one starts only after that COMMIT (measured: 200 registrations, 200 COMMITs, one member each, each
 * COMMIT's fsync and fresh connection blocking the one JavaScript thread). Left open this long, the group
 * takes the registrations whose requests are read meanwhile (measured over HTTP, 200 at once: 25 ms gave
 * ~35 groups and 1.9 s of server CPU, 100 ms 4 groups and 1.2 s — at load 7 and 3). Outside a burst (no other announcement in
 * BURST_WINDOW_MS) a registration commits at once.
 */
const GROUP_LINGER_MS = 100
const BURST_WINDOW_MS = 200

type Release = () => void
type TurnKind = 'transaction' | 'write'
type Waiter = { kind: TurnKind; grant: () => void }
/**
 * One file's write turn: who waits for it, in order, and the shared transaction (group) left open
 * between two of its members. A group only ever hands the turn to a transaction, which joins it; before a
 * plain write gets the turn the group commits (that write would otherwise wait on its lock).
 */
type FileTurn = {
  busy: boolean
  waiters: Waiter[]
  group?: Group
  /** Transactions announced and not begun yet, when the one before the last was, the timer ending the wait. */
  announced?: number
  previousAnnouncedAt?: number
  lastAnnouncedAt?: number
  linger?: ReturnType<typeof setTimeout>
}
const turns = processState('sqlite.writeTurns', () => new Map<string, FileTurn>())

function turnFor(file: string): FileTurn {
  let turn = turns.get(file)
  if (!turn) turns.set(file, (turn = { busy: false, waiters: [] }))
  return turn
}

const lastQueued = processState('sqlite.lastQueuedAt', () => ({ at: 0 }))

/**
 * Transactions and writes of this process waiting for a write turn or announced (announceSqliteTransaction),
 * all files together (a burst, if many).
 */
export function queuedWrites(): number {
  let n = 0
  for (const turn of turns.values()) n += turn.waiters.length + (turn.announced ?? 0)
  return n
}

/** When a write last had to wait for its turn, or a transaction was announced, in this process (0: never). */
export const lastQueuedWriteAt = () => lastQueued.at

/** The next waiter gets the turn, or nobody holds it any more. */
function passTurn(turn: FileTurn) {
  const next = turn.waiters.shift()
  if (next) next.grant()
  else turn.busy = false
}

/**
 * Waits for this process's turn to write to `file`; the returned function ends the turn (idempotent). A
 * turn not ended within TURN_LIMIT_MS stops blocking the others (`onLimit` runs first).
 */
async function takeTurn(file: string, kind: TurnKind, onLimit?: () => Promise<void>): Promise<Release> {
  const turn = turnFor(file)
  if (turn.busy) {
    lastQueued.at = Date.now()
    await new Promise<void>((grant) => turn.waiters.push({ kind, grant }))
  } else {
    turn.busy = true
    // A group left open for announced transactions: a plain write would wait on its lock, so it commits first.
    if (turn.group && kind === 'write') await commitGroup(turn, turn.group)
  }
  let done = false
  const release = () => {
    if (done) return
    done = true
    clearTimeout(limit)
    passTurn(turn)
  }
  const limit = setTimeout(() => {
    if (done) return
    void (onLimit?.() ?? Promise.resolve()).catch(() => undefined).finally(release)
  }, TURN_LIMIT_MS)
  limit.unref?.()
  return release
}

/**
 * Runs writes made outside any transaction in this process's turn, so they never wait inside SQLite on a
 * transaction of the same process. Reentrant: within a flow that already holds the turn (its transaction,
 * or an outer exclusiveWrite), the work runs at once.
 */
export async function exclusiveWrite<T>(file: string, work: () => Promise<T>): Promise<T> {
  const current = owners.getStore()
  if (current?.active && current.file === file) return work()
  const release = await takeTurn(file, 'write')
  try {
    return await owners.run({ file, active: true }, work)
  } finally {
    release()
  }
}

/** exclusiveWrite on the database file of this Payload's SQLite adapter. */
export function exclusiveSqliteWrite<T>(payload: { db: unknown }, work: () => Promise<T>): Promise<T> {
  return exclusiveWrite(fileOf(payload), work)
}

/** The database file of this Payload's SQLite adapter, as the write turns name it. */
const fileOf = (payload: { db: unknown }) =>
  ((payload.db as { clientConfig?: { url?: string } }).clientConfig?.url ?? '').replace(/^file:/, '')

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

/**
 * Group commit: the transactions of a burst (registrations, say) share one SQLite transaction, each in a
 * savepoint of it, so that they share its BEGIN, its fresh connection and above all its COMMIT's fsync
 * (synchronous = FULL), instead of paying them one by one in a single file. Each member still commits or
 * rolls back alone, and is acknowledged only once the group's COMMIT is on disk.
 */
type Group = {
  root: Pick<Session, 'db' | 'resolve' | 'reject'>
  members: number
  openedAt: number
  /** Members released and waiting for the group's COMMIT. */
  waiting: { resolve: () => void; reject: (error: unknown) => void }[]
}

/** Whether the group stays open for the next one in the queue: a transaction, and the group not full nor old. */
function handsOver(turn: FileTurn, group: Group): boolean {
  return (
    turn.group === group &&
    turn.waiters[0]?.kind === 'transaction' &&
    group.members < GROUP_MAX_MEMBERS &&
    Date.now() - group.openedAt < GROUP_MAX_MS
  )
}

/**
 * Whether the group waits, its turn free, for more members (see GROUP_LINGER_MS): a transaction is
 * announced but not begun, or two were announced within BURST_WINDOW_MS.
 */
function lingers(turn: FileTurn, group: Group): boolean {
  const now = Date.now()
  return (
    turn.group === group &&
    turn.waiters.length === 0 &&
    ((turn.announced ?? 0) > 0 || now - (turn.previousAnnouncedAt ?? 0) < BURST_WINDOW_MS) &&
    group.members < GROUP_MAX_MEMBERS &&
    now - group.openedAt < GROUP_MAX_MS
  )
}

/** The group commits GROUP_LINGER_MS after it first waited, at the latest (not reset by later members). */
function lingerFor(turn: FileTurn) {
  if (turn.linger) return
  turn.linger = setTimeout(() => void commitIdleGroup(turn), GROUP_LINGER_MS)
  turn.linger.unref?.()
}

/** Commits a group nobody holds the turn of (its wait is over); a holder decides at the end of its own turn. */
async function commitIdleGroup(turn: FileTurn) {
  const group = turn.group
  if (!group || turn.busy) return
  turn.busy = true
  try {
    await commitGroup(turn, group)
  } finally {
    passTurn(turn)
  }
}

/**
 * Announces a transaction this flow will begin soon on the payload's SQLite file (a registration reading
 * its event first), so that a shared transaction waits for it and, in a burst, for the next ones
 * (GROUP_LINGER_MS at most) instead of paying a COMMIT each. Returns the withdrawal: call it once the
 * transaction has begun, or when it never will.
 */
export function announceSqliteTransaction(payload: { db: unknown }): () => void {
  const turn = turnFor(fileOf(payload))
  turn.announced = (turn.announced ?? 0) + 1
  turn.previousAnnouncedAt = turn.lastAnnouncedAt
  turn.lastAnnouncedAt = Date.now()
  // Registrations arriving: the job runner (src/jobs/autoRun.ts) steps aside as for writes that queue.
  lastQueued.at = Date.now()
  let withdrawn = false
  return () => {
    if (withdrawn) return
    withdrawn = true
    turn.announced = Math.max((turn.announced ?? 1) - 1, 0)
    if (turn.announced === 0 && !turn.busy && turn.group) void commitIdleGroup(turn)
  }
}

/** COMMIT (one fsync for every member), then each waiting member learns the outcome. */
async function commitGroup(turn: FileTurn, group: Group) {
  if (turn.group === group) {
    turn.group = undefined
    clearTimeout(turn.linger)
    turn.linger = undefined
  }
  const waiting = group.waiting.splice(0)
  try {
    await group.root.resolve()
    for (const member of waiting) member.resolve()
  } catch (error) {
    for (const member of waiting) member.reject(error)
  }
}

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
  clientConfig?: unknown
  sessions: Record<string, Session>
}

type NativeConnection = { prepare: (sql: string, ...rest: unknown[]) => unknown; close: () => void }
type LibsqlTransaction = { commit: () => Promise<void>; rollback: () => Promise<void> }
/** The connection the last BEGIN ran on (set synchronously inside libsql's `transaction()`). */
const lastBegin: { connection?: NativeConnection } = {}
const begunOn = (): NativeConnection | undefined => lastBegin.connection

/**
 * libsql never closes the connection it hands to a transaction: each one (its file handles, page cache and
 * parsed schema) stays until the garbage collector happens to finalize it, and V8 does not see that memory
 * (measured: 13 → 43 open database files after a 200-registration burst, 23 after a forced GC). So the BEGIN's
 * connection is noted here, on libsql's own Database class as @libsql/client loads it, and closed when the
 * transaction ends. If the class cannot be found, connections are left to the GC as before.
 */
function noteBegins(): boolean {
  try {
    const fromClient = createRequire(createRequire(import.meta.url).resolve('@libsql/client'))
    const Database = fromClient('libsql') as { prototype: NativeConnection & { __occeNoted?: boolean } }
    const proto = Database.prototype
    if (proto.__occeNoted) return true
    proto.__occeNoted = true
    const prepare = proto.prepare
    proto.prepare = function (this: NativeConnection, sql: string, ...rest: unknown[]) {
      if (typeof sql === 'string' && /^\s*BEGIN/i.test(sql)) lastBegin.connection = this
      return prepare.call(this, sql, ...rest)
    }
    return true
  } catch {
    return false
  }
}

type LibsqlTx = {
  execute: (stmt: unknown) => Promise<unknown>
  batch: (stmts: unknown[]) => Promise<unknown[]>
  executeMultiple: (sql: string) => Promise<void>
  commit: () => Promise<void>
  rollback: () => Promise<void>
  close: () => void
  readonly closed: boolean
}

/**
 * Transactions run on one connection kept for them (the writer), opened once with the pragmas. libsql hands
 * its own connection to each transaction and opens a new one for what follows; the old one, even closed,
 * keeps its file descriptor: SQLite defers closing a file while another connection of the process holds a
 * lock on it, which in WAL mode the open ones always do (measured: 80 e-mail jobs, 162 transactions, +79
 * descriptors on the database file, never given back — RSS and descriptors grew for as long as jobs ran). The
 * write turns above already run one transaction at a time per process; one that begins while the writer is
 * in use anyway (outside them) gets libsql's own, with the pragmas re-applied and the connection closed after.
 */
function transactionsOnWriter(
  client: LibsqlClient,
  writerConfig: unknown,
  pragmas: string[],
  log: (message: string) => void,
) {
  if (client.__occePragmas) return
  client.__occePragmas = true
  const closing = noteBegins()
  const ownTransaction = client.transaction.bind(client)
  let writer: Promise<LibsqlClient & { close: () => void }> | undefined
  let writerBusy = false

  const openWriter = async () => {
    const { createClient } = (await import('@libsql/client')) as unknown as {
      createClient: (config: unknown) => LibsqlClient & { close: () => void }
    }
    const connection = createClient(writerConfig)
    for (const pragma of pragmas) await connection.execute(pragma)
    return connection
  }

  const onWriter = async (): Promise<LibsqlTx> => {
    writerBusy = true
    let connection: LibsqlClient & { close: () => void }
    try {
      connection = await (writer ??= openWriter().catch((error) => {
        writer = undefined
        throw error
      }))
      await connection.execute('BEGIN IMMEDIATE')
    } catch (error) {
      writerBusy = false
      throw error
    }
    let closed = false
    const end = () => {
      closed = true
      writerBusy = false
    }
    return {
      execute: (stmt) => connection.execute(stmt as string),
      batch: async (stmts) => {
        const results: unknown[] = []
        for (const stmt of stmts) results.push(await connection.execute(stmt as string))
        return results
      },
      executeMultiple: (sql) => (connection as unknown as LibsqlTx).executeMultiple(sql),
      // A failed COMMIT leaves the transaction open: the rollback that follows (drizzle) ends it.
      commit: async () => {
        if (closed) return
        await connection.execute('COMMIT')
        end()
      },
      rollback: async () => {
        if (closed) return
        try {
          await connection.execute('ROLLBACK')
        } catch (error) {
          if (!/no transaction is active/i.test(String(error))) throw error
        } finally {
          end()
        }
      },
      close: () => {
        if (!closed) void connection.execute('ROLLBACK').catch(() => undefined)
        end()
      },
      get closed() {
        return closed
      },
    }
  }

  const onOwnConnection = (mode?: string) => {
    lastBegin.connection = undefined
    const begun = ownTransaction(mode)
    // Synchronous up to here: the BEGIN ran on the handed-over connection, and libsql's execute opens the
    // new one before any other caller runs.
    const connection = closing ? begunOn() : undefined
    for (const pragma of pragmas) client.execute(pragma).catch((error) => log(`${pragma} : ${String(error)}`))
    if (!connection) return begun
    return begun.then((tx) => {
      const close = () => {
        try {
          connection.close()
        } catch {
          // already closed
        }
      }
      const { commit, rollback } = tx as LibsqlTransaction
      Object.assign(tx as LibsqlTransaction, {
        // A failed COMMIT is followed by a rollback (drizzle), which closes it then.
        commit: async () => {
          await commit.call(tx)
          close()
        },
        rollback: async () => {
          try {
            await rollback.call(tx)
          } finally {
            close()
          }
        },
      })
      return tx
    })
  }

  client.transaction = (mode?: string) =>
    (mode === undefined || mode === 'write') && !writerBusy ? onWriter() : onOwnConnection(mode)
  const close = (client as unknown as { close?: () => void }).close?.bind(client)
  if (close)
    (client as unknown as { close: () => void }).close = () => {
      void writer?.then((connection) => connection.close()).catch(() => undefined)
      writer = undefined
      close()
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
          if (this.client) transactionsOnWriter(this.client, this.clientConfig, pragmas, log)
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
        return beginMember(this, options, owner)
      }

      /**
       * A transaction of its own in the file's shared transaction: a savepoint in the group the previous
       * transaction left open, or a new group (BEGIN IMMEDIATE). Its commit releases the savepoint, then
       * waits until the group has committed (acknowledged only once stored); its rollback undoes only it.
       */
      async function beginMember(adapter: SqliteAdapter, options: unknown, owner: Owner): Promise<string> {
        const turn = turnFor(file)
        // 'abandoned': undone at the turn limit; its late commit must fail, not report success.
        let state: 'open' | 'committing' | 'ended' | 'abandoned' = 'open'
        let group: Group | undefined
        let memberId: string | undefined
        const savepoint: { rollback?: () => Promise<unknown> } = {}
        // A member stuck beyond the turn limit is undone, so that the group can commit without its half-work.
        const release = await takeTurn(file, 'transaction', async () => {
          if (state !== 'open' || !group || !memberId) return
          log(`transaction ouverte depuis ${TURN_LIMIT_MS} ms : annulée`)
          state = 'abandoned'
          owner.active = false
          delete adapter.sessions[memberId]
          await savepoint.rollback?.()
          if (!handsOver(turn, group)) await commitGroup(turn, group)
        })
        try {
          group = turn.group ?? (turn.group = await openGroup(adapter, options))
          memberId = await beginSavepoint(adapter.sessions, group.root)
        } catch (error) {
          if (group && !handsOver(turn, group)) await commitGroup(turn, group)
          release()
          throw error
        }
        const joined = group
        joined.members++
        const session = adapter.sessions[memberId]
        const { resolve, reject } = session
        savepoint.rollback = reject
        session.afterCommit = []
        const endTurn = async () => {
          if (lingers(turn, joined)) lingerFor(turn)
          else if (!handsOver(turn, joined)) await commitGroup(turn, joined)
          release()
        }
        session.resolve = async () => {
          if (state !== 'open') throw new Error('Transaction interrompue : rien n’a été enregistré.')
          state = 'committing'
          owner.active = false
          await resolve()
          const committed = new Promise<void>((onCommitted, onFailed) =>
            joined.waiting.push({ resolve: onCommitted, reject: onFailed }),
          )
          await endTurn()
          await committed
          state = 'ended'
          for (const work of session.afterCommit ?? [])
            await work().catch((error) => log(`après validation : ${String(error)}`))
        }
        session.reject = async () => {
          // After a failed commit (Payload then asks for a rollback): the operation must fail, not succeed.
          if (state === 'committing' || state === 'abandoned')
            throw new Error('Échec de l’enregistrement : la transaction n’a pas été validée.')
          if (state === 'ended') return
          state = 'ended'
          owner.active = false
          await reject().finally(endTurn)
        }
        Object.assign(owner, { id: memberId, active: true })
        return memberId
      }

      /** BEGIN IMMEDIATE on a connection of its own (libsql), as Payload's beginTransaction, with the commit's outcome kept. */
      async function openGroup(adapter: SqliteAdapter, options: unknown): Promise<Group> {
        await (adapter as unknown as { initializing?: Promise<void> }).initializing
        type Begin = (work: (tx: unknown) => Promise<void>, options?: unknown) => Promise<void>
        const drizzle = (adapter as unknown as { drizzle: { transaction: Begin } }).drizzle
        let resolve!: () => Promise<unknown>
        let reject!: () => Promise<unknown>
        const tx = await new Promise<unknown>((onReady, onFailed) => {
          const done: Promise<void> = drizzle.transaction(
            async (tx) => {
              await new Promise<void>((res, rej) => {
                resolve = () => (res(), done)
                reject = () => (rej(new Error('rollback')), done.catch(() => undefined))
                onReady(tx)
              })
            },
            options || (adapter as unknown as { transactionOptions?: unknown }).transactionOptions,
          )
          done.catch(onFailed)
        })
        return { root: { db: tx as Session['db'], resolve, reject }, members: 0, openedAt: Date.now(), waiting: [] }
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
