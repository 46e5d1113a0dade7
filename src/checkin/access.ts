import { isOwnAssociation } from '../access/ownAssociation'
import { hasRole } from '../access/roles'

export const isFederation = (user: unknown) => hasRole(user, 'admin', 'editor')

/**
 * Who may see a guest at the door and check them in: the federation, and the staff of the association the
 * registration belongs to. `owner` is the association stamped on the registration when there is one, else
 * the organiser of its event.
 */
export const mayCheckIn = (user: unknown, owner: unknown): boolean =>
  isFederation(user) || (hasRole(user, 'ad-editor') && isOwnAssociation(owner, user))

/** The name staff see next to a check-in: « par Marie Dupont ». */
export const staffName = (user: unknown): string => {
  const { name, email } = (user ?? {}) as { name?: string | null; email?: string | null }
  return (name || email || 'l’équipe').slice(0, 120)
}
