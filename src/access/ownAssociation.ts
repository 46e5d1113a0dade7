import { APIError, type FieldHook } from 'payload'

import { type Id, idOf } from '../db/ids'
import { hasRole } from './roles'

/** The association an ad-editor is bound to, as an id whether or not the relation is populated. */
export function ownAssociationId(user: unknown): Id | undefined {
  if (!hasRole(user, 'ad-editor')) return undefined
  const value = (user as { association?: Id | { id: Id } | null }).association
  if (value === null || value === undefined) return undefined
  return typeof value === 'object' ? value.id : value
}

const sameId = (a: unknown, b: unknown) => a !== undefined && b !== undefined && String(idOf(a)) === String(idOf(b))

/**
 * An ad-editor's content is always their association's: empty means theirs, anything else is refused
 * with a message rather than silently rewritten.
 */
export const assignOwnAssociation: FieldHook = ({ value, req, originalDoc, field }) => {
  if (!hasRole(req.user, 'ad-editor')) return value
  const own = ownAssociationId(req.user)
  if (own === undefined) throw new APIError('Votre compte n’est rattaché à aucune association.', 403, null, true)
  if (Array.isArray(value)) {
    if (value.length === 0) return [own]
    if (!value.some((v) => sameId(v, own)))
      throw new APIError('Ce contenu doit rester rattaché à votre association.', 403, null, true)
    // Co-running associations set by the federation stay; an ad-editor cannot credit others themselves.
    const before = ((field.name ? originalDoc?.[field.name] : undefined) as unknown[] | undefined) ?? []
    const added = value.filter((v) => !sameId(v, own) && !before.some((b) => sameId(b, v)))
    if (added.length > 0)
      throw new APIError('Seule la fédération peut associer d’autres associations à ce contenu.', 403, null, true)
    return value
  }
  if (value === null || value === undefined || value === '') return own
  if (!sameId(value, own)) throw new APIError('Vous ne pouvez publier qu’au nom de votre association.', 403, null, true)
  return value
}

export const isOwnAssociation = (value: unknown, user: unknown): boolean => {
  const own = ownAssociationId(user)
  if (own === undefined) return false
  if (Array.isArray(value)) return value.some((v) => sameId(v, own))
  return sameId(value, own)
}
