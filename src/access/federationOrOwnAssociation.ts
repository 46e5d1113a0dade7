import type { Access } from 'payload'

import { isOwnAssociation, ownAssociationId } from './ownAssociation'
import { hasRole } from './roles'

/**
 * Update and delete: federation staff (admin, editor) change everything; an ad-editor only what belongs to
 * their association, `field` naming the owner association (`'id'` for the association's own page).
 */
export const federationOrOwnAssociation =
  (field: string): Access =>
  ({ req }) => {
    if (hasRole(req.user, 'admin', 'editor')) return true
    const own = ownAssociationId(req.user)
    if (own === undefined) return false
    return { [field]: { in: [own] } }
  }

/** The same rule outside Payload's access control (routes, admin views): may `user` manage what `owner` owns? */
export const isFederationOrOwnAssociation = (user: unknown, owner: unknown): boolean =>
  hasRole(user, 'admin', 'editor') || isOwnAssociation(owner, user)
