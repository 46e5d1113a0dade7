import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { migrations } from '../migrations/index'
import type { DatabaseChoice } from './choice'

export function databaseAdapter(choice: DatabaseChoice): DatabaseAdapterObj {
  if (choice.kind === 'mongodb') {
    // Majority write concern: an acknowledged write survives the loss of the primary.
    return mongooseAdapter({
      url: choice.url,
      connectOptions: { writeConcern: { w: 'majority', journal: true } },
    })
  }
  return sqliteAdapter({
    client: { url: choice.url },
    migrationDir: 'src/migrations',
    push: !choice.migrated,
    prodMigrations: choice.migrated ? migrations : undefined,
    busyTimeout: 5000,
    wal: { journalSizeLimit: 64 * 1024 * 1024, synchronous: 'FULL' },
  })
}
