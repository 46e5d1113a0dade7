import type { Payload } from 'payload'
import type React from 'react'

import { formatShortDate } from '../../dates/format'
import type { Event, Form, FormSubmission } from '../../payload-types'
import { upcomingSchedules } from '../scheduled'
import { frenchDateTime, inScope, type PublishedCollection, PUBLISHED_COLLECTIONS, scopeWhere } from '../scope'

type Props = { payload: Payload; user?: unknown }

const edit = (collection: string, id: string | number) => `/admin/collections/${collection}/${id}`
const STATUS: Record<string, string> = {
  confirmed: 'confirmée',
  waiting: 'liste d’attente',
  cancelled: 'annulée',
  pending: 'en cours',
}

async function drafts(payload: Payload, user: unknown) {
  const rows: { collection: PublishedCollection; id: string | number; title: string; updatedAt: string }[] = []
  for (const collection of Object.keys(PUBLISHED_COLLECTIONS) as PublishedCollection[]) {
    const scope = scopeWhere(user, collection)
    if (!scope) continue
    const found = await payload.find({
      collection,
      where: inScope({ _status: { equals: 'draft' } }, scope),
      draft: true,
      depth: 0,
      limit: 5,
      sort: '-updatedAt',
      overrideAccess: true,
      select: { title: true, updatedAt: true },
    })
    for (const doc of found.docs)
      rows.push({ collection, id: doc.id, title: (doc as { title?: string }).title ?? '', updatedAt: doc.updatedAt })
  }
  return rows.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)).slice(0, 8)
}

async function nextEvents(payload: Payload, user: unknown) {
  const scope = scopeWhere(user, 'events')
  if (!scope) return []
  const events = await payload.find({
    collection: 'events',
    where: inScope({ startsAt: { greater_than_equal: new Date().toISOString() } }, scope),
    draft: true,
    depth: 0,
    limit: 5,
    sort: 'startsAt',
    overrideAccess: true,
  })
  const formIds = events.docs
    .map((e) => e.rsvp?.form)
    .filter((f): f is number => f !== null && f !== undefined && typeof f !== 'object')
  const forms = formIds.length
    ? await payload.find({
        collection: 'forms',
        where: { id: { in: formIds } },
        depth: 0,
        limit: formIds.length,
        overrideAccess: true,
        select: { seatsConfirmed: true, seatsWaiting: true, arrivals: true },
      })
    : { docs: [] as Form[] }
  const counters = new Map(forms.docs.map((f) => [String(f.id), f]))
  return events.docs.map((event: Event) => ({
    event,
    form: event.rsvp?.form ? counters.get(String(event.rsvp.form)) : undefined,
  }))
}

async function recentRegistrations(payload: Payload, user: unknown) {
  try {
    const found = await payload.find({
      collection: 'form-submissions',
      where: { event: { exists: true } },
      sort: '-createdAt',
      limit: 6,
      depth: 1,
      overrideAccess: false,
      user: user as never,
      select: { firstName: true, lastName: true, attendees: true, status: true, event: true, createdAt: true },
    })
    return found.docs as FormSubmission[]
  } catch {
    return []
  }
}

/** Above the collection cards: what needs doing, in this person's scope. */
export async function Dashboard({ payload, user }: Props) {
  if (!user) return null
  const [draftRows, scheduled, events, registrations] = await Promise.all([
    drafts(payload, user),
    upcomingSchedules(payload, user),
    nextEvents(payload, user),
    recentRegistrations(payload, user),
  ])
  return (
    <section className="occe-dashboard" aria-labelledby="occe-dashboard-title">
      <h2 id="occe-dashboard-title">À faire</h2>
      <div className="occe-dashboard__grid">
        <Card testId="dashboard-drafts" title="Brouillons" empty="Aucun brouillon.">
          {draftRows.map((d) => (
            <li key={`${d.collection}-${d.id}`}>
              <a href={edit(d.collection, d.id)}>{d.title || 'Sans titre'}</a>{' '}
              <small>
                {PUBLISHED_COLLECTIONS[d.collection].label} · modifié le {frenchDateTime(d.updatedAt)}
              </small>
            </li>
          ))}
        </Card>
        <Card testId="dashboard-scheduled" title="Publications programmées" empty="Aucune publication programmée.">
          {scheduled.map((s) => (
            <li key={`${s.collection}-${s.id}-${s.at}`}>
              <a href={edit(s.collection, s.id)}>{s.title || 'Sans titre'}</a>{' '}
              <small>
                {s.type === 'publish' ? 'Programmé le' : 'Retrait programmé le'} {frenchDateTime(s.at)}
              </small>
            </li>
          ))}
        </Card>
        <Card testId="dashboard-events" title="Prochains événements" empty="Aucun événement à venir.">
          {events.map(({ event, form }) => (
            <li key={event.id}>
              <a href={edit('events', event.id)}>{event.title}</a> <small>le {frenchDateTime(event.startsAt)}</small>
              <br />
              <small>
                {event.rsvp?.form
                  ? `${form?.seatsConfirmed ?? 0} personne(s) confirmée(s)${event.rsvp.capacity ? ` sur ${event.rsvp.capacity} places` : ''}, ${form?.seatsWaiting ?? 0} en liste d’attente`
                  : 'Pas de formulaire d’inscription'}
              </small>
            </li>
          ))}
        </Card>
        <Card testId="dashboard-registrations" title="Dernières inscriptions" empty="Aucune inscription récente.">
          {registrations.map((r) => (
            <li key={r.id}>
              <a href={edit('form-submissions', r.id)}>
                {[r.firstName, r.lastName].filter(Boolean).join(' ') || 'Inscription'}
              </a>{' '}
              <small>
                {r.attendees ?? 1} pers. · {STATUS[r.status ?? ''] ?? r.status} ·{' '}
                {typeof r.event === 'object' && r.event ? r.event.title : ''} · le {formatShortDate(r.createdAt)}
              </small>
            </li>
          ))}
        </Card>
      </div>
    </section>
  )
}

function Card({
  testId,
  title,
  empty,
  children,
}: {
  testId: string
  title: string
  empty: string
  children: React.ReactNode[]
}) {
  return (
    <div className="occe-card" data-testid={testId}>
      <h3>{title}</h3>
      {children.length ? <ul>{children}</ul> : <p>{empty}</p>}
    </div>
  )
}
