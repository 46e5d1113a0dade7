import type { Payload } from 'payload'

/**
 * A lock shared by every app process on one MongoDB database: a document whose `_id` is the key. Inserting it
 * takes the lock (the `_id` index refuses a second insert, atomically, on MongoDB and FerretDB alike),
 * deleting it releases it. A holder that died leaves it for LEASE_MS at most; then a waiter removes it.
 *
 * Why: single-document updates are atomic on MongoDB, but FerretDB (the MongoDB-protocol stand-in of the
 * tests) runs `$inc` and findAndModify as a read then a write: two processes updating one counter at once
 * lose increments. A queue inside one process cannot see the other processes.
 */
const COLLECTION = 'occe_locks'
const LEASE_MS = 10_000
const WAIT_LIMIT_MS = 30_000
const DUPLICATE_KEY = 11000

type LockCollection = {
  insertOne(doc: { _id: string; until: Date }): Promise<unknown>
  deleteOne(filter: Record<string, unknown>): Promise<unknown>
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function locks(payload: Payload): LockCollection {
  const connection = (payload.db as unknown as { connection: { collection: (name: string) => LockCollection } })
    .connection
  return connection.collection(COLLECTION)
}

export async function withDocumentLock<T>(payload: Payload, key: string, work: () => Promise<T>): Promise<T> {
  const collection = locks(payload)
  const deadline = Date.now() + WAIT_LIMIT_MS
  for (let pause = 2; ; pause = Math.min(pause * 2, 40)) {
    try {
      await collection.insertOne({ _id: key, until: new Date(Date.now() + LEASE_MS) })
      break
    } catch (error) {
      if ((error as { code?: number }).code !== DUPLICATE_KEY) throw error
    }
    await collection.deleteOne({ _id: key, until: { $lt: new Date() } })
    if (Date.now() > deadline) throw new Error(`lock ${key}: still held after ${WAIT_LIMIT_MS / 1000} s`)
    await sleep(pause + Math.random() * pause)
  }
  try {
    return await work()
  } finally {
    await collection.deleteOne({ _id: key })
  }
}
