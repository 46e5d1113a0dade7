import type { Access } from 'payload'

import { ownAssociationId } from './ownAssociation'
import { hasRole } from './roles'

/** Versions hold drafts: federation staff read all, an ad-editor only their association's (`field`). */
export const ownAssociationVersions =
  (field: string): Access =>
  ({ req }) => {
    if (hasRole(req.user, 'admin', 'editor')) return true
    const own = ownAssociationId(req.user)
    return own === undefined ? false : { [`version.${field}`]: { in: [own] } }
  }
