import type { Access, Where } from 'payload'

import { ownAssociationId } from './ownAssociation'
import { publishedEventFormIds } from './publishedEventForms'
import { hasRole } from './roles'

/** Matches nothing on both databases (an empty `in` is refused by some adapters). */
const none: Where = { id: { exists: false } }

/**
 * A form belongs to its owner association. The public reads the forms of published events (what their
 * pages show); an ad-editor also reads their association's own forms; federation staff read all.
 */
export const readForms: Access = async ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  const published = await publishedEventFormIds(req)
  const publicForms: Where = published.length ? { id: { in: published } } : none
  const own = ownAssociationId(req.user)
  return own === undefined ? publicForms : { or: [publicForms, { owner: { equals: own } }] }
}
