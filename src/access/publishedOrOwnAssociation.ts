import type { Access } from 'payload'

import { published } from '../collections/drafts'
import { ownAssociationId } from './ownAssociation'
import { hasRole } from './roles'

/**
 * Read: federation staff see everything; an ad-editor also sees their association's drafts (`field` names
 * the owner association); the public, published documents only.
 */
export const publishedOrOwnAssociation =
  (field: string): Access =>
  ({ req }) => {
    if (hasRole(req.user, 'admin', 'editor')) return true
    const own = ownAssociationId(req.user)
    if (own !== undefined) return { or: [published, { [field]: { in: [own] } }] }
    return published
  }
