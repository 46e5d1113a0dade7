import type { Access } from 'payload'

import { ownEventFormIds } from './ownEventForms'
import { hasRole } from './roles'

/** Federation staff read every registration; an ad-editor only those sent to their association's event forms. */
export const readOwnEventSubmissions: Access = async ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  if (!hasRole(req.user, 'ad-editor')) return false
  const formIds = await ownEventFormIds(req)
  return formIds.length ? { form: { in: formIds } } : false
}
