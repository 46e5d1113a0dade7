import type { Access } from 'payload'

import { ownEventFormIds } from './ownEventForms'
import { hasRole } from './roles'

/** Forms carry no association: an ad-editor may change only the forms attached to their own events. */
export const changeOwnEventForms: Access = async ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  if (!hasRole(req.user, 'ad-editor')) return false
  const formIds = await ownEventFormIds(req)
  return formIds.length ? { id: { in: formIds } } : false
}
