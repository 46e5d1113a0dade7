/**
 * Page titles of the registration round trip: the first thing a screen reader announces on a new page,
 * so they say what happened. Pages give them to Next's metadata (the layout adds SITE_SUFFIX); with
 * JavaScript the form sets document.title to the same text after each answer.
 */
export type RegistrationState = 'form' | 'error' | 'confirmed' | 'waiting'

export const SITE_SUFFIX = ' – OCCE'

export function registrationTitle(state: RegistrationState, eventTitle: string): string {
  switch (state) {
    case 'error':
      return `Erreur – Inscription à ${eventTitle}`
    case 'confirmed':
      return `Inscription confirmée – ${eventTitle}`
    case 'waiting':
      return `Liste d’attente – Inscription à ${eventTitle}`
    default:
      return `Inscription à ${eventTitle}`
  }
}

/** Fragment targets of the no-JavaScript redirects: the page opens on the message, which takes focus. */
export const OUTCOME_ID = 'inscription-resultat'
export const ERRORS_ID = 'rsvp-erreurs'
