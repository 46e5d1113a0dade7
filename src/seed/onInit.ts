import type { Payload } from 'payload'

import type { DatabaseChoice } from '../db/choice'
import { seed } from './index'

/** First dev start on an empty embedded database: fill it so the site shows something at once. */
export async function seedOnFirstStart(payload: Payload, database: DatabaseChoice): Promise<void> {
  if (database.kind !== 'sqlite') return
  if (process.env.NODE_ENV === 'production' || process.env.NODE_ENV === 'test') return
  if (process.env.SEED_ON_START === 'false') return
  const { totalDocs } = await payload.count({ collection: 'users' })
  if (totalDocs > 0) return
  payload.logger.info('Base vide : chargement du contenu de démonstration…')
  await seed(payload)
}
