import type { Access, FieldAccess, Where } from 'payload'

import { isOwnAssociation, ownAssociationId } from './ownAssociation'
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

/** Only the owner association's staff (and the federation) change a form. */
export const updateOwnForms: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  const own = ownAssociationId(req.user)
  return own === undefined ? false : { owner: { equals: own } }
}

/** Non-public parts of a form (seat counters): the federation and the owner association's staff. */
export const readFormInternals: FieldAccess = ({ req, doc }) =>
  hasRole(req.user, 'admin', 'editor') || isOwnAssociation((doc as { owner?: unknown } | undefined)?.owner, req.user)
