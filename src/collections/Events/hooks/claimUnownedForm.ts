import type { CollectionAfterChangeHook } from 'payload'

import { idOf } from '../../../db/ids'

/**
 * A form without owner (made by the federation or the seed) becomes the organiser's once an event uses
 * it, so that association's staff can follow and edit it and no other association can attach it.
 */
export const claimUnownedForm: CollectionAfterChangeHook = async ({ doc, req }) => {
  const form = idOf(doc?.rsvp?.form)
  const organiser = idOf(doc?.organiser)
  if (form === undefined || form === null || organiser === undefined || organiser === null) return doc
  const current = await req.payload
    .findByID({ collection: 'forms', id: form as string, depth: 0, overrideAccess: true, req })
    .catch(() => undefined)
  const owner = (current as { owner?: unknown } | undefined)?.owner
  if (current && (owner === null || owner === undefined))
    await req.payload.update({
      collection: 'forms',
      id: current.id,
      data: { owner: organiser } as never,
      depth: 0,
      overrideAccess: true,
      req,
    })
  return doc
}
