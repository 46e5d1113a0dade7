import type { Payload } from 'payload'

import { ownAssociationId } from '../../access/ownAssociation'
import { hasRole } from '../../access/roles'

type Props = { payload: Payload; user?: unknown }

/** Above the navigation: whose content this account works on (« OCCE 79 – Deux-Sèvres » or the federation). */
export async function AccountScope({ payload, user }: Props) {
  if (!user) return null
  let scope = 'Fédération nationale'
  let role = hasRole(user, 'admin') ? 'Administrateur' : 'Éditeur fédéral'
  const own = ownAssociationId(user)
  if (hasRole(user, 'ad-editor')) {
    role = 'Éditeur d’association'
    scope = 'Aucune association rattachée'
    if (own !== undefined) {
      const association = await payload
        .findByID({
          collection: 'associations',
          id: own,
          depth: 0,
          overrideAccess: true,
          select: { name: true, departementName: true },
        })
        .catch(() => undefined)
      if (association) scope = [association.name, association.departementName].filter(Boolean).join(' – ')
    }
  }
  return (
    <div className="occe-scope" data-testid="occe-scope">
      <span className="occe-scope__name">{scope}</span>
      <span className="occe-scope__role">{role}</span>
    </div>
  )
}
