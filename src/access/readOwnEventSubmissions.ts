import type { Access, Where } from 'payload'

import { ownAssociationId } from './ownAssociation'
import { hasRole } from './roles'

/**
 * Federation staff read every registration; an ad-editor only those made for their association's events.
 * A registration carries, from its creation and for ever, its event and that event's association: which
 * form it came through, or what that form is attached to today, does not matter. Rows written before the
 * association was stamped (not backfilled yet) fall back to their event.
 */
export const readOwnEventSubmissions: Access = async ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  const own = ownAssociationId(req.user)
  if (!hasRole(req.user, 'ad-editor') || own === undefined) return false
  const events = await req.payload.find({
    collection: 'events',
    where: { organiser: { equals: own } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    select: { title: true },
    req,
  })
  const eventIds = events.docs.map((event) => event.id)
  const legacy: Where[] = eventIds.length
    ? [{ and: [{ association: { exists: false } }, { event: { in: eventIds } }] }]
    : []
  return { or: [{ association: { equals: own } }, ...legacy] }
}
