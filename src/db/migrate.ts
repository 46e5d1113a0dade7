/**
 * `npm run migrate`: applies the committed migrations to the production SQLite file (`DATA_DIR/site.db`)
 * and exits; `npm start` applies them too (`prodMigrations`), this lets an operator migrate first.
 * Run by scripts/run.mjs with plain node: `payload migrate` would load each migration through the same
 * loader hooks that make `payload run` skip its script (payloadcms/payload#17757).
 */
import config from '@payload-config'
import { getPayload, type Migration } from 'payload'

import { migrations } from '../migrations'

// No dev schema push, no first-start seed: this process only migrates.
process.env.PAYLOAD_MIGRATING = 'true'
const payload = await getPayload({ config, disableOnInit: true })
try {
  if (payload.db.name === 'mongoose') {
    payload.logger.info('MongoDB : aucune migration de schéma (collections et index sont créés par Payload).')
  } else {
    // Already-applied migrations are skipped: running it twice is harmless.
    // Payload's generic type takes migrations of any adapter; these are SQLite's, given SQLite's arguments.
    await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
    payload.logger.info(`Migrations à jour (${migrations.length} connues).`)
  }
} finally {
  await payload.destroy()
}
process.exit(0)
