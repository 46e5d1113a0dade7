/** What a member of staff looks after: everything for the federation, their association's content for an AD editor. */
import type { Where } from 'payload'

import { ownAssociationId } from '../access/ownAssociation'
import { hasRole } from '../access/roles'

export const PUBLISHED_COLLECTIONS = {
  'news-releases': { owner: 'association', label: 'Communiqué' },
  events: { owner: 'organiser', label: 'Événement' },
  projects: { owner: 'associations', label: 'Projet' },
} as const

export type PublishedCollection = keyof typeof PUBLISHED_COLLECTIONS

/** `undefined` = no content at all (an AD editor without association, or no staff role). */
export function scopeWhere(user: unknown, collection: PublishedCollection): Where | undefined {
  if (hasRole(user, 'admin', 'editor')) return {}
  const own = ownAssociationId(user)
  if (own === undefined) return undefined
  return { [PUBLISHED_COLLECTIONS[collection].owner]: { in: [own] } }
}

/** `where` restricted to the scope (federation staff: unrestricted). */
export const inScope = (where: Where, scope: Where): Where =>
  Object.keys(scope).length ? { and: [where, scope] } : where

export { frenchDateTime } from './format'
