import type { FieldAccess } from 'payload'

import { hasRole } from './roles'

export const isStaffField: FieldAccess = ({ req }) => hasRole(req.user, 'admin', 'editor', 'ad-editor')
