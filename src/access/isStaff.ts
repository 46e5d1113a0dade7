import type { PayloadRequest } from 'payload'

import { hasRole } from './roles'

/** Any staff account, whatever its scope. Boolean so it also serves as the admin-panel gate. */
export const isStaff = ({ req }: { req: PayloadRequest }): boolean => hasRole(req.user, 'admin', 'editor', 'ad-editor')
