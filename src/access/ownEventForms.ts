import type { PayloadRequest } from 'payload'

import { ownAssociationId } from './ownAssociation'

/** Ids of the RSVP forms attached to the events organised by the ad-editor's association. */
export async function ownEventFormIds(req: PayloadRequest): Promise<(string | number)[]> {
  const own = ownAssociationId(req.user)
  if (own === undefined) return []
  const events = await req.payload.find({
    collection: 'events',
    where: { organiser: { equals: own } },
    depth: 0,
    limit: 0,
    pagination: false,
    draft: true,
    overrideAccess: true,
    select: { rsvp: { form: true } },
    req,
  })
  return events.docs
    .map((event) => event.rsvp?.form)
    .filter((form) => form !== null && form !== undefined)
    .map((form) => (typeof form === 'object' ? form.id : form))
}
