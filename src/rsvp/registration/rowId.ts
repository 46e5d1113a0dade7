/**
 * Ids of array rows in the ObjectId form Payload gives them (its base id field: 24 hex digits — 4 bytes of
 * seconds, 5 bytes fixed per process, a 3-byte counter), for rows written without Payload's create.
 */
import crypto from 'node:crypto'

const PROCESS_BYTES = crypto.randomBytes(5).toString('hex')
let counter = crypto.randomInt(0xffffff)

export function rowId(now: Date = new Date()): string {
  counter = (counter + 1) % 0x1000000
  const seconds = Math.floor(now.getTime() / 1000)
  return seconds.toString(16).padStart(8, '0') + PROCESS_BYTES + counter.toString(16).padStart(6, '0')
}
