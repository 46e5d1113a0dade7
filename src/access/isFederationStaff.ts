import type { Access, FieldAccess } from 'payload'

import { hasRole } from './roles'

/** Admins and federation-wide editors. */
export const isFederationStaff: Access = ({ req }) => hasRole(req.user, 'admin', 'editor')
export const isFederationStaffField: FieldAccess = ({ req }) => hasRole(req.user, 'admin', 'editor')
