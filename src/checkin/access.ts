import { isFederationOrOwnAssociation } from '../access/federationOrOwnAssociation'

/**
 * Who may see a guest at the door and check them in: the federation, and the staff of the association the
 * registration belongs to. `owner` is the association stamped on the registration when there is one, else
 * the organiser of its event.
 */
export const mayCheckIn = (user: unknown, owner: unknown): boolean => isFederationOrOwnAssociation(user, owner)

/** The name staff see next to a check-in: « par Marie Dupont ». */
export const staffName = (user: unknown): string => {
  const { name, email } = (user ?? {}) as { name?: string | null; email?: string | null }
  return (name || email || 'l’équipe').slice(0, 120)
}
