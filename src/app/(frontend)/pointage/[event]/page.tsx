import type { Metadata } from 'next'

import { arrivalText } from '@/checkin/checkIn'
import { attendanceOf } from '@/checkin/counts'
import { CHECKIN_API, countsApi, doorPath, sheetPath } from '@/checkin/links'
import { guestsOf } from '@/checkin/registrations'
import { doorRequest } from '@/checkin/request'
import { matches, searchText } from '@/checkin/search'
import { DoorSearch } from '@/components/Checkin/DoorSearch'
import { LiveCounts } from '@/components/Checkin/LiveCounts'
import styles from '@/components/Checkin/Checkin.module.css'
import { eventDates } from '@/dates/eventDates'
import { venueLine } from '@/calendar/ics'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Accueil des participants', robots: { index: false, follow: false } }

type Props = {
  params: Promise<{ event: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const one = (value: string | string[] | undefined) => (typeof value === 'string' ? value : '')

/**
 * The door on a phone: find a guest by name or e-mail, tick them present, watch the counts. Works without
 * JavaScript (search and check-in are plain GET/POST forms); with it, the list filters as you type and the
 * counts refresh every few seconds.
 */
export default async function DoorPage({ params, searchParams }: Props) {
  const { event: eventId } = await params
  const query = await searchParams
  const { payload, user, found } = await doorRequest(eventId)
  if (!found.ok) {
    return (
      <article>
        <h1>Accueil des participants</h1>
        <p role="alert">{found.message}</p>
        {found.status === 401 ? (
          <p>
            <a href={`/admin/login?redirect=${encodeURIComponent(doorPath(eventId))}`}>Se connecter</a>
          </p>
        ) : null}
      </article>
    )
  }
  const { event } = found
  const q = one(query.q).slice(0, 100)
  const [guests, attendance] = await Promise.all([guestsOf(payload, event, user), attendanceOf(payload, event.id)])
  const shown = guests.filter((guest) => matches(guest, q))
  // eslint-disable-next-line react-hooks/purity -- an async server component renders once per request: now is the request's time
  const ended = new Date(event.endsAt || event.startsAt).getTime() < Date.now()
  const place = venueLine(event.venue)
  const acted = guests.find((guest) => guest.id === one(query.inscription))

  return (
    <article className={styles.door}>
      <h1>Accueil : {event.title}</h1>
      <p>
        {eventDates(event)}
        {place ? ` — ${place}` : ''}
      </p>
      <LiveCounts url={countsApi(event.id)} initial={attendance} ended={ended} />
      {acted && (query.resultat === 'enregistre' || query.resultat === 'deja') ? (
        <p role="status" className={query.resultat === 'enregistre' ? styles.done : styles.already}>
          {acted.firstName} {acted.lastName} :{' '}
          {query.resultat === 'enregistre' ? 'présence enregistrée' : 'déjà enregistré'} {arrivalText(acted)}.
        </p>
      ) : null}
      <DoorSearch action={doorPath(event.id)} initial={q} total={guests.length} shown={shown.length} />
      <ul className={styles.guests} id="liste-participants">
        {guests.map((guest) => (
          <li
            key={guest.id}
            id={`inscription-${guest.id}`}
            data-search={searchText(guest)}
            hidden={!shown.includes(guest)}
          >
            <p className={styles.name}>
              <strong>{guest.lastName.toLocaleUpperCase('fr')}</strong> {guest.firstName}
              <span className={styles.meta}>
                {' '}
                · {guest.attendees > 1 ? `${guest.attendees} personnes` : '1 personne'}
                {guest.status === 'waiting' ? <strong className={styles.waiting}> · liste d’attente</strong> : null}
              </span>
            </p>
            <p className={styles.meta}>{guest.email}</p>
            {guest.accessibility ? <p className={styles.meta}>Accessibilité : {guest.accessibility}</p> : null}
            {guest.attended ? (
              <p className={styles.here}>Présent·e {arrivalText(guest)}</p>
            ) : (
              <form action={CHECKIN_API} method="post">
                <input type="hidden" name="inscription" value={guest.id} />
                {q ? <input type="hidden" name="q" value={q} /> : null}
                <button
                  type="submit"
                  className={styles.present}
                  aria-label={`Marquer présent : ${guest.firstName} ${guest.lastName}`}
                >
                  Marquer présent
                </button>
              </form>
            )}
          </li>
        ))}
      </ul>
      <p>
        <a href={sheetPath(event.id)}>Feuille d’émargement (à imprimer)</a>
      </p>
    </article>
  )
}
