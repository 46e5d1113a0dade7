import type { ReactNode } from 'react'

import { rsvpClasses as styles } from './classes'
import { OUTCOME_ID } from './titles'

export type Outcome = 'confirmed' | 'waiting'

const OUTCOME_TEXT: Record<Outcome, string> = {
  confirmed:
    'Merci, votre inscription est confirmée. Un e-mail de confirmation vous a été envoyé, avec l’événement à ajouter à votre agenda et un lien pour annuler.',
  waiting:
    'L’événement est complet : vous êtes inscrit·e sur la liste d’attente, dans l’ordre d’arrivée. Un e-mail vous a été envoyé ; nous vous écrirons dès qu’une place se libère.',
}

/**
 * The answer to a registration. Without JavaScript the redirect's fragment (#inscription-resultat) lands on it;
 * the form's script (public/rsvp-form.js) puts it in place of the form after a background post, or focuses it
 * when the page opens on it. `children`: the form's own confirmation message, written by staff.
 */
export function OutcomeMessage({ outcome, children }: { outcome: Outcome; children?: ReactNode }) {
  return (
    <div id={OUTCOME_ID} tabIndex={-1} role="status" className={styles.done}>
      <p>
        <strong>{outcome === 'confirmed' ? 'Inscription confirmée.' : 'Inscription sur liste d’attente.'}</strong>
      </p>
      <p>{OUTCOME_TEXT[outcome]}</p>
      {children}
    </div>
  )
}
