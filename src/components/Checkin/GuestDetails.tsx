import type { Guest } from '@/checkin/registrations'

import styles from './Checkin.module.css'

const people = (n: number) => (n > 1 ? `${n} personnes` : '1 personne')

/** What the door needs: how many people, on which list, and what to prepare for them. */
export function GuestDetails({ guest }: { guest: Guest }) {
  return (
    <dl className={styles.details}>
      <dt>Personnes</dt>
      <dd>{people(guest.attendees)}</dd>
      <dt>Statut</dt>
      <dd>
        {guest.status === 'waiting' ? (
          <strong className={styles.waiting}>Liste d’attente : pas de place confirmée</strong>
        ) : (
          'Inscription confirmée'
        )}
      </dd>
      {guest.organisation ? (
        <>
          <dt>Organisme</dt>
          <dd>{guest.organisation}</dd>
        </>
      ) : null}
      {guest.accessibility ? (
        <>
          <dt>Besoins d’accessibilité</dt>
          <dd>
            <strong>{guest.accessibility}</strong>
          </dd>
        </>
      ) : null}
    </dl>
  )
}
