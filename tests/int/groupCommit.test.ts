/**
 * Group commit on SQLite (src/db/sqliteTransactions.ts): transactions that queue behind each other share one
 * SQLite transaction and one COMMIT, yet each one still commits or rolls back alone, and a commit returns only
 * once the data is on disk, readable from another connection. MongoDB has no such queue: SQLite only.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import config from '@payload-config'
import fs from 'node:fs'

import { createClient } from '@libsql/client'
import { commitTransaction, createLocalReq, getPayload, initTransaction, killTransaction, type Payload } from 'payload'

import { announceSqliteTransaction } from '../../src/db/sqliteTransactions'

let payload: Payload
const sqlite = !process.env.TEST_DATABASE_URI

beforeAll(async () => {
  payload = await getPayload({ config })
})

afterAll(async () => {
  await payload.destroy()
})

type Client = { transaction: (...args: unknown[]) => Promise<unknown> }

/** Counts the BEGINs libsql opens while `work` runs. */
async function countBegins(work: () => Promise<void>): Promise<number> {
  const client = (payload.db as unknown as { client: Client }).client
  const transaction = client.transaction
  let begins = 0
  client.transaction = (...args) => {
    begins++
    return transaction.apply(client, args)
  }
  try {
    await work()
  } finally {
    client.transaction = transaction
  }
  return begins
}

;(sqlite ? describe : describe.skip)('transactions that queue share a commit (SQLite)', () => {
  it('30 at once: fewer BEGINs than transactions, the rolled-back ones leave nothing, each commit is on disk when it returns', async () => {
    const file = (payload.db as unknown as { clientConfig: { url: string } }).clientConfig.url
    // Another connection, as another process would read the file.
    const other = createClient({ url: file })
    const seenAfterCommit: boolean[] = []
    const suffix = Math.random().toString(36).slice(2, 8)
    const name = (i: number) => `Groupe ${suffix} ${i}`
    try {
      const begins = await countBegins(async () => {
        await Promise.all(
          Array.from({ length: 30 }, async (_, i) => {
            const req = await createLocalReq({}, payload)
            await initTransaction(req)
            try {
              await payload.create({
                collection: 'associations',
                data: { name: name(i), level: 'federation' } as never,
                req,
              })
              if (i % 3 === 0) throw new Error('rolled back on purpose')
              await commitTransaction(req)
              const row = await other.execute({ sql: 'SELECT id FROM associations WHERE name = ?', args: [name(i)] })
              seenAfterCommit[i] = row.rows.length === 1
            } catch {
              await killTransaction(req)
            }
          }),
        )
      })
      expect(begins).toBeLessThan(30)

      const stored = await payload.find({
        collection: 'associations',
        where: { name: { like: `Groupe ${suffix}` } },
        limit: 100,
        depth: 0,
      })
      const names = new Set(stored.docs.map((d) => d.name))
      for (let i = 0; i < 30; i++) {
        expect(names.has(name(i))).toBe(i % 3 !== 0)
        if (i % 3 !== 0) expect(seenAfterCommit[i]).toBe(true)
      }
    } finally {
      other.close()
    }
  })

  it('announced transactions arriving a few ms apart still share a commit, and each is on disk when it returns', async () => {
    const file = (payload.db as unknown as { clientConfig: { url: string } }).clientConfig.url
    const other = createClient({ url: file })
    const suffix = Math.random().toString(36).slice(2, 8)
    const name = (i: number) => `Annoncé ${suffix} ${i}`
    const seenAfterCommit: boolean[] = []
    try {
      const begins = await countBegins(async () => {
        // Each announced first (as a registration does before reading its event), then begun 0–40 ms later:
        // nobody queues, so only the announcement keeps the shared transaction open.
        await Promise.all(
          Array.from({ length: 20 }, async (_, i) => {
            const withdraw = announceSqliteTransaction(payload)
            await new Promise((resolve) => setTimeout(resolve, 2 * i))
            const req = await createLocalReq({}, payload)
            await initTransaction(req)
            withdraw()
            try {
              await payload.create({
                collection: 'associations',
                data: { name: name(i), level: 'federation' } as never,
                req,
              })
              await commitTransaction(req)
              const row = await other.execute({ sql: 'SELECT id FROM associations WHERE name = ?', args: [name(i)] })
              seenAfterCommit[i] = row.rows.length === 1
            } catch (error) {
              await killTransaction(req)
              throw error
            }
          }),
        )
      })
      expect(seenAfterCommit.filter(Boolean)).toHaveLength(20)
      expect(begins).toBeLessThanOrEqual(5)
    } finally {
      other.close()
    }
  })

  it('an announcement withdrawn (twice) without its transaction lets the group commit', async () => {
    const withdraw = announceSqliteTransaction(payload)
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    await payload.create({ collection: 'associations', data: { name: 'Seule', level: 'federation' } as never, req })
    const committed = commitTransaction(req)
    // The announced one never comes: withdrawing ends the wait (and a later burst starts from nobody announced).
    withdraw()
    withdraw()
    await committed
    const found = await payload.find({ collection: 'associations', where: { name: { equals: 'Seule' } }, depth: 0 })
    expect(found.docs).toHaveLength(1)
  })
  it('transactions one after another open no new connection: the descriptors on the database file stay as they are', async () => {
    const file = (payload.db as unknown as { clientConfig: { url: string } }).clientConfig.url.replace(/^file:/, '')
    const onDatabase = () =>
      fs.readdirSync('/proc/self/fd').filter((fd) => {
        try {
          return fs.readlinkSync(`/proc/self/fd/${fd}`) === fs.realpathSync(file)
        } catch {
          return false
        }
      }).length
    // One first, so that the connection transactions run on is open before counting.
    const one = async (i: number) => {
      const req = await createLocalReq({}, payload)
      await initTransaction(req)
      await payload.create({
        collection: 'associations',
        data: { name: `Suite ${i}`, level: 'federation' } as never,
        req,
      })
      await commitTransaction(req)
    }
    await one(0)
    const before = onDatabase()
    // As the job runner does (each job's bookkeeping in its own transaction), each committing before the next.
    for (let i = 1; i <= 60; i++) await one(i)
    expect(onDatabase()).toBeLessThanOrEqual(before)
    const found = await payload.count({ collection: 'associations', where: { name: { like: 'Suite ' } } })
    expect(found.totalDocs).toBe(61)
  })
})
