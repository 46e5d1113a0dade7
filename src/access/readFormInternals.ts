import type { FieldAccess } from 'payload'

import { isFederationOrOwnAssociation } from './federationOrOwnAssociation'

/** Non-public parts of a form (seat counters): the federation and the owner association's staff. */
export const readFormInternals: FieldAccess = ({ req, doc }) =>
  isFederationOrOwnAssociation(req.user, (doc as { owner?: unknown } | undefined)?.owner)
