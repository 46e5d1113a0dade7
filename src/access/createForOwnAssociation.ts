import type { Access } from 'payload'

import { isOwnAssociation, ownAssociationId } from './ownAssociation'
import { hasRole } from './roles'

/**
 * Create: federation staff anything; an ad-editor only for their own association (`field` empty means
 * theirs: the field's hook fills it in).
 */
export const createForOwnAssociation =
  (field: string): Access =>
  ({ req, data }) => {
    if (hasRole(req.user, 'admin', 'editor')) return true
    if (!hasRole(req.user, 'ad-editor') || ownAssociationId(req.user) === undefined) return false
    const value = data?.[field]
    const empty = value === undefined || value === null || (Array.isArray(value) && value.length === 0)
    return empty || isOwnAssociation(value, req.user)
  }
