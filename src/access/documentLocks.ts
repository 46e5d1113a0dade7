import type { Access, Config, Plugin } from 'payload'

import { hasRole } from './roles'

/** Federation staff see and release every lock; an ad-editor only their own. */
export const ownLocks: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  if (!req.user) return false
  return { 'user.value': { equals: req.user.id } }
}

/**
 * Payload adds its document-lock collection (`payload-locked-documents`) after the plugins run, with
 * « any logged-in user » access: an ad-editor could list who edits what across associations and delete
 * their locks. Its access is replaced once Payload has built it.
 */
export const ownDocumentLocks: Plugin = (config: Config): Config => {
  const onInit = config.onInit
  return {
    ...config,
    onInit: async (payload) => {
      const locks = payload.collections['payload-locked-documents']?.config
      if (locks) Object.assign(locks.access, { read: ownLocks, update: ownLocks, delete: ownLocks })
      await onInit?.(payload)
    },
  }
}
