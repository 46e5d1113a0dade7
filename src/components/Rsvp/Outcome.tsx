'use client'

import { type ReactNode, useEffect, useRef } from 'react'

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
 * The answer to a registration. It takes focus when it appears (with JavaScript, in place of the form);
 * without JavaScript the redirect's fragment (#inscription-resultat) lands on it. `children`: the form's own
 * confirmation message, written by staff.
 */
export function OutcomeMessage({ outcome, children }: { outcome: Outcome; children?: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    ref.current?.focus()
  }, [outcome])
  return (
    <div ref={ref} id={OUTCOME_ID} tabIndex={-1} role="status" className={styles.done}>
      <p>
        <strong>{outcome === 'confirmed' ? 'Inscription confirmée.' : 'Inscription sur liste d’attente.'}</strong>
      </p>
      <p>{OUTCOME_TEXT[outcome]}</p>
      {children}
    </div>
  )
}
