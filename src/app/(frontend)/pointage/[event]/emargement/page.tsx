import type { Metadata } from 'next'

import { doorPath } from '@/checkin/links'
import { guestsOf } from '@/checkin/registrations'
import { doorRequest } from '@/checkin/request'
import { SHEET_PRINT_CSS } from '@/checkin/sheetPrint'
import styles from '@/components/Checkin/Sheet.module.css'
import { eventDates } from '@/dates/eventDates'
import { venueLine } from '@/calendar/ics'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Feuille d’émargement', robots: { index: false, follow: false } }

type Props = { params: Promise<{ event: string }> }

/**
 * « Feuille d'émargement », for the day the network fails: A4, one line per registration sorted by last
 * name, number of people, an empty box to sign; the event in the header of every printed page (a repeated
 * table head) and page numbers in the page margin (@page, src/checkin/sheetPrint.ts).
 */
export default async function SignInSheetPage({ params }: Props) {
  const { event: eventId } = await params
  const { payload, user, found } = await doorRequest(eventId)
  if (!found.ok) {
    return (
      <article>
        <h1>Feuille d’émargement</h1>
        <p role="alert">{found.message}</p>
      </article>
    )
  }
  const { event } = found
  const guests = await guestsOf(payload, event, user)
  const people = guests.reduce((sum, guest) => sum + guest.attendees, 0)
  const place = venueLine(event.venue)
  return (
    <article className={styles.sheet}>
      <style>{SHEET_PRINT_CSS}</style>
      <p className="no-print">
        <a href={doorPath(event.id)}>← Accueil des participants</a> · Imprimez cette page (A4) depuis votre navigateur.
      </p>
      <table className={styles.table}>
        <caption className={styles.caption}>
          <span className={styles.title}>Feuille d’émargement – {event.title}</span>
          <span>
            {eventDates(event)}
            {place ? ` – ${place}` : ''}
          </span>
          <span>
            {guests.length} inscription{guests.length > 1 ? 's' : ''}, {people} personne{people > 1 ? 's' : ''}
          </span>
        </caption>
        <thead>
          <tr className={styles.repeat}>
            <th colSpan={5} scope="colgroup">
              {event.title} – {eventDates(event)}
              {place ? ` – ${place}` : ''}
            </th>
          </tr>
          <tr>
            <th scope="col">Nom</th>
            <th scope="col">Prénom</th>
            <th scope="col">Organisme</th>
            <th scope="col">Pers.</th>
            <th scope="col" className={styles.signatureHead}>
              Signature
            </th>
          </tr>
        </thead>
        <tbody>
          {guests.map((guest) => (
            <tr key={guest.id} data-inscription={guest.id}>
              <td className={styles.last}>{guest.lastName.toLocaleUpperCase('fr')}</td>
              <td>{guest.firstName}</td>
              <td>
                {guest.organisation}
                {guest.status === 'waiting' ? <em> (liste d’attente)</em> : null}
              </td>
              <td className={styles.number}>{guest.attendees}</td>
              <td className={styles.signature} aria-label="Signature" />
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  )
}
