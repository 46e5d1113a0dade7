import type { PayloadRequest } from 'payload'

type Id = string | number

/**
 * Ids of the forms that published events use: the only forms the public needs (the event page shows them,
 * guests submit them). Read from the published documents, never from drafts.
 */
export async function publishedEventFormIds(req: PayloadRequest): Promise<Id[]> {
  const events = await req.payload.find({
    collection: 'events',
    where: { and: [{ _status: { equals: 'published' } }, { 'rsvp.form': { exists: true } }] },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    select: { rsvp: { form: true } },
    req,
  })
  const ids = events.docs
    .map((event) => event.rsvp?.form)
    .filter((form) => form !== null && form !== undefined)
    .map((form) => (typeof form === 'object' ? form.id : form))
  return [...new Set(ids)]
}
