import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { migrations } from '../migrations/index'
import type { DatabaseChoice } from './choice'
import { withConstraintMessages } from './constraintErrors'
import { withSqliteTransactions } from './sqliteTransactions'

const BUSY_TIMEOUT_MS = 5000

export function databaseAdapter(choice: DatabaseChoice): DatabaseAdapterObj {
  if (choice.kind === 'mongodb') {
    // Majority write concern: an acknowledged write survives the loss of the primary.
    return withConstraintMessages(
      mongooseAdapter({
        url: choice.url,
        connectOptions: { writeConcern: { w: 'majority', journal: true } },
      }),
      { sqlite: false },
    )
  }
  const sqlite = withSqliteTransactions(
    sqliteAdapter({
      client: { url: choice.url },
      migrationDir: 'src/migrations',
      push: !choice.migrated,
      prodMigrations: choice.migrated ? migrations : undefined,
      busyTimeout: BUSY_TIMEOUT_MS,
      wal: { journalSizeLimit: 64 * 1024 * 1024, synchronous: 'FULL' },
      // Without it the adapter writes statement by statement: a save failing half-way left half a document.
      // libsql always opens write transactions with BEGIN IMMEDIATE (the behaviour option is not read).
      transactionOptions: { behavior: 'immediate' },
    }),
    choice.file,
    [`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS};`, 'PRAGMA synchronous = FULL;'],
  )
  return withConstraintMessages(sqlite, { sqlite: true })
}
