import config from '@payload-config'
import type { Metadata } from 'next'
import { getPayload } from 'payload'

import { EntryCode } from '@/components/Checkin/EntryCode'
import { eventDates } from '@/dates/eventDates'
import { findForCancel } from '@/rsvp/registration/cancel'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Annuler une inscription', robots: { index: false } }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

/** Opening the link only asks: e-mail scanners and link previews follow links, so cancelling takes a POST. */
export default async function CancelPage({ searchParams }: Props) {
  const query = await searchParams
  const r = typeof query.r === 'string' ? query.r : undefined
  const t = typeof query.t === 'string' ? query.t : undefined
  const payload = await getPayload({ config })
  const found = await findForCancel(payload, r, t)
  if (!found.ok) {
    return (
      <article className="container">
        <h1>Annuler une inscription</h1>
        <p role="alert">{found.message}</p>
      </article>
    )
  }
  const eventId = typeof found.submission.event === 'object' ? found.submission.event?.id : found.submission.event
  const event = eventId
    ? await payload
        .findByID({ collection: 'events', id: eventId, depth: 0, overrideAccess: true })
        .catch(() => undefined)
    : undefined
  const what = event ? `« ${event.title} » (${eventDates(event)})` : 'cet événement'
  if (found.alreadyCancelled) {
    return (
      <article className="container">
        <h1>Inscription annulée</h1>
        <p role="status">
          Votre inscription à {what} est annulée. Merci de nous avoir prévenus : votre place a été proposée à la liste
          d’attente.
        </p>
      </article>
    )
  }
  const people = Number(found.submission.attendees ?? 1)
  return (
    <article className="container">
      <h1>Annuler votre inscription ?</h1>
      <p>
        Inscription de {found.submission.firstName} {found.submission.lastName} à {what}, pour{' '}
        {people > 1 ? `${people} personnes` : '1 personne'}
        {found.submission.status === 'waiting' ? ', sur liste d’attente' : ''}.
      </p>
      <form action="/api/rsvp/cancel" method="post">
        <input type="hidden" name="r" value={r} />
        <input type="hidden" name="t" value={t} />
        <button type="submit">Confirmer l’annulation</button>
      </form>
      <p>Si vous voulez garder votre place, fermez simplement cette page.</p>
      <EntryCode registrationId={found.submission.id} status={found.submission.status} />
    </article>
  )
}
