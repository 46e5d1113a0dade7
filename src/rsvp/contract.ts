/**
 * What the public RSVP form and the server agree on: field names, limits. Client-safe (no server import
 * here), so the form (src/components/Rsvp/RsvpForm.tsx) and the rules (./rules/submission.ts) change together.
 */

/** The form-builder's collection of submissions: one document per registration. */
export const SUBMISSIONS = 'form-submissions'

/** Named like a field a bot fills in; hidden from people and assistive technologies. */
export const HONEYPOT = 'site_web'
/** The hidden field naming the event the public form registers for. */
export const EVENT_FIELD = 'evenement'

export const ATTENDEES_MIN = 1
export const ATTENDEES_MAX = 10

/** Longest accepted value per block type; names with a stricter limit override it. */
const MAX_LENGTH: Record<string, number> = { text: 120, email: 254, textarea: 1000, select: 60, number: 3, checkbox: 5 }
const MAX_LENGTH_BY_NAME: Record<string, number> = { firstName: 80, lastName: 80 }

/** The longest value a field takes: the input's `maxLength` and the server's check. */
export const maxLengthOf = (blockType: string, name?: string | null): number =>
  (name ? MAX_LENGTH_BY_NAME[name] : undefined) ?? MAX_LENGTH[blockType] ?? 120

/** A registration's statuses, labelled for staff (the admin's column, the registration's page, the CSV export). */
export const STATUSES = [
  { value: 'pending', label: { fr: 'En cours d’attribution', en: 'Pending' } },
  { value: 'confirmed', label: { fr: 'Confirmée', en: 'Confirmed' } },
  { value: 'waiting', label: { fr: 'Liste d’attente', en: 'Waiting list' } },
  { value: 'cancelled', label: { fr: 'Annulée', en: 'Cancelled' } },
]

/** A status in French, or the raw value if it is not one of ours. */
export const statusLabel = (status: string | null | undefined): string =>
  STATUSES.find((option) => option.value === status)?.label.fr ?? status ?? ''
