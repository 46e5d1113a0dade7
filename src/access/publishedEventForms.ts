import type { PayloadRequest } from 'payload'

import { published } from '../collections/drafts'
import { type Id, idOf } from '../db/ids'

/**
 * Ids of the forms that published events use: the only forms the public needs (the event page shows them,
 * guests submit them). Read from the published documents, never from drafts.
 */
export async function publishedEventFormIds(req: PayloadRequest): Promise<Id[]> {
  const events = await req.payload.find({
    collection: 'events',
    where: { and: [published, { 'rsvp.form': { exists: true } }] },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    select: { rsvp: { form: true } },
    req,
  })
  const ids = events.docs.map((event) => idOf(event.rsvp?.form)).filter((id) => id !== undefined)
  return [...new Set(ids)]
}
