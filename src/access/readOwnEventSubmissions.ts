import type { Access } from 'payload'

import { ownAssociationId } from './ownAssociation'
import { hasRole } from './roles'

/** Federation staff read every registration; an ad-editor only those sent to their association's event forms. */
export const readOwnEventSubmissions: Access = async ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  const own = ownAssociationId(req.user)
  if (own === undefined) return false
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
  const formIds = events.docs.map((event) => event.rsvp?.form).filter((id) => id !== null && id !== undefined)
  if (formIds.length === 0) return false
  return { form: { in: formIds.map((id) => (typeof id === 'object' ? id.id : id)) } }
}
