import type { Access, Where } from 'payload'

import { isOwnAssociation, ownAssociationId } from './ownAssociation'
import { hasRole } from './roles'

const published: Where = { _status: { equals: 'published' } }

/** Federation staff see everything; an ad-editor also sees their association's drafts; the public, published only. */
export const readPublishedOrOwn =
  (field: string): Access =>
  ({ req }) => {
    if (hasRole(req.user, 'admin', 'editor')) return true
    const own = ownAssociationId(req.user)
    if (own !== undefined) return { or: [published, { [field]: { in: [own] } }] }
    return published
  }

export const createForOwnAssociation =
  (field: string): Access =>
  ({ req, data }) => {
    if (hasRole(req.user, 'admin', 'editor')) return true
    if (!hasRole(req.user, 'ad-editor') || ownAssociationId(req.user) === undefined) return false
    const value = data?.[field]
    const empty = value === undefined || value === null || (Array.isArray(value) && value.length === 0)
    return empty || isOwnAssociation(value, req.user)
  }

export const changeOwnAssociation =
  (field: string): Access =>
  ({ req }) => {
    if (hasRole(req.user, 'admin', 'editor')) return true
    const own = ownAssociationId(req.user)
    if (own === undefined) return false
    return { [field]: { in: [own] } }
  }

/** Versions hold drafts: federation staff see all, an ad-editor only their association's. */
export const readOwnVersions =
  (field: string): Access =>
  ({ req }) => {
    if (hasRole(req.user, 'admin', 'editor')) return true
    const own = ownAssociationId(req.user)
    return own === undefined ? false : { [`version.${field}`]: { in: [own] } }
  }
