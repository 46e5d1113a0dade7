import type { Metadata } from 'next'

import { arrivalText, entryForStaff } from '@/checkin/checkIn'
import { CHECKIN_API, doorPath, entryPath } from '@/checkin/links'
import { staffRequest } from '@/checkin/request'
import { GuestDetails } from '@/components/Checkin/GuestDetails'
import styles from '@/components/Checkin/Checkin.module.css'
import { eventDates } from '@/dates/eventDates'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Code d’entrée', robots: { index: false, follow: false } }

type Props = {
  params: Promise<{ token: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

/**
 * Where a guest's QR code leads. Signed-in staff of the organising association (or the federation) see the
 * guest and « Marquer présent »; anyone else sees that the code is personal, and nothing about the guest.
 */
export default async function EntryPage({ params, searchParams }: Props) {
  const { token } = await params
  const query = await searchParams
  const { payload, user } = await staffRequest()
  const found = await entryForStaff(payload, user, { code: token })

  if (!found.ok) {
    return (
      <article>
        <h1>Code d’entrée</h1>
        {found.status === 401 ? (
          <>
            <p>Ce code d’entrée est personnel : présentez-le à l’accueil de l’événement, l’équipe le scannera.</p>
            <p>
              Vous êtes de l’équipe d’accueil ?{' '}
              <a href={`/admin/login?redirect=${encodeURIComponent(entryPath(token))}`}>Connectez-vous</a>, puis scannez
              de nouveau le code.
            </p>
          </>
        ) : (
          <p role="alert">{found.message}</p>
        )}
      </article>
    )
  }

  const { guest, event, eventId } = found.entry
  const justRecorded = query.resultat === 'enregistre' && guest.attended
  return (
    <article className={styles.entry}>
      <h1>
        {guest.firstName} {guest.lastName}
      </h1>
      {event ? (
        <p>
          {event.title} — {eventDates(event)}
        </p>
      ) : null}
      <GuestDetails guest={guest} />
      {guest.attended ? (
        <p role="status" className={justRecorded ? styles.done : styles.already}>
          {justRecorded ? `Présence enregistrée ${arrivalText(guest)}.` : `Déjà enregistré ${arrivalText(guest)}.`}
        </p>
      ) : (
        <form action={CHECKIN_API} method="post">
          <input type="hidden" name="code" value={token} />
          <button type="submit" className={styles.present}>
            Marquer présent
          </button>
        </form>
      )}
      {eventId ? (
        <p>
          <a href={doorPath(eventId)}>Liste de l’accueil de cet événement</a>
        </p>
      ) : null}
    </article>
  )
}
