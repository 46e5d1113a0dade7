import type { Payload } from 'payload'

import { isFederationOrOwnAssociation } from '../../../access/federationOrOwnAssociation'
import { attendanceOf } from '../../../checkin/counts'
import { doorPath, sheetPath } from '../../../checkin/links'
import { frenchDateTime } from '../../../admin/format'
import { PATHS } from '../../../data/paths'
import type { Event, Form } from '../../../payload-types'
import type { FormBlock } from '../../../rsvp/rules/submission'
import { ManualRegistration } from './ManualRegistration'
import { registrationStats } from './stats'

type Props = { payload: Payload; data?: Partial<Event>; id?: string | number; user?: unknown }

const people = (n: number) => `${n} personne${n > 1 ? 's' : ''}`
const registrations = (n: number) => `${n} inscription${n > 1 ? 's' : ''}`

/** A list URL of the event's registrations, in order of arrival (the waiting list's order). */
const listUrl = (eventId: string | number, status?: string) => {
  const params = new URLSearchParams({ 'where[and][0][event][equals]': String(eventId), sort: 'arrival', limit: '100' })
  if (status) params.set('where[and][1][status][equals]', status)
  return `/admin/collections/form-submissions?${params.toString()}`
}

/**
 * On the event's edit page, above the RSVP settings: how registrations stand and where to act on them.
 * Shown to the organising association's staff and the federation only.
 */
export async function RegistrationPanel({ payload, data, id, user }: Props) {
  if (!id || !data) return null
  if (!isFederationOrOwnAssociation(user, data.organiser)) return null
  const event = { ...data, id } as Event
  if (!event.rsvp?.form) {
    return (
      <div className="occe-panel" data-testid="registration-panel">
        <h3>Inscriptions</h3>
        <p>
          Pas encore de formulaire d’inscription : choisissez-en un ci-dessous. Un formulaire créé sans champ reçoit
          d’office les champs d’une inscription (prénom, nom, e-mail, nombre de personnes, accord) ; ajoutez-y vos
          propres questions.
        </p>
      </div>
    )
  }
  const [stats, attendance] = await Promise.all([registrationStats(payload, event), attendanceOf(payload, id)])
  // eslint-disable-next-line react-hooks/purity -- an async server component renders once per request: now is the request's time
  const ended = new Date(event.endsAt || event.startsAt).getTime() < Date.now()
  const form = (await payload
    .findByID({ collection: 'forms', id: stats.formId!, depth: 0, overrideAccess: true })
    .catch(() => undefined)) as Form | undefined
  const rows: [string, string][] = [
    ['Confirmées', `${people(stats.confirmedPeople)} (${registrations(stats.confirmedRegistrations)})`],
    ['Liste d’attente', `${people(stats.waitingPeople)} (${registrations(stats.waitingRegistrations)})`],
    ['Places restantes', stats.capacity ? stats.placesText : 'sans limite de places'],
    [
      'Date limite',
      event.rsvp.deadline
        ? frenchDateTime(event.rsvp.deadline)
        : `début de l’événement (${frenchDateTime(event.startsAt)})`,
    ],
    ['Inscriptions', stats.window.open ? 'ouvertes' : `closes — ${stats.window.message.replace(/^[^:]+: /, '')}`],
    ['Annulées', registrations(stats.cancelledRegistrations)],
    // Check-in at the door (src/checkin); once the event is over, the confirmed guests nobody checked in are the no-shows.
    ['Présents', `${people(attendance.present)} (${registrations(attendance.registrations.present)})`],
    [
      ended ? 'Absents' : 'Encore à venir',
      `${people(attendance.toCome)} (${registrations(attendance.registrations.toCome)})`,
    ],
  ]
  return (
    <div className="occe-panel" data-testid="registration-panel">
      <h3>Inscriptions</h3>
      <dl>
        {rows.map(([term, value]) => (
          <PanelRow key={term} term={term} value={value} />
        ))}
      </dl>
      <ul>
        <li>
          <a href={listUrl(id)}>Voir les inscriptions</a>
        </li>
        <li>
          <a href={listUrl(id, 'waiting')}>Liste d’attente (ordre d’arrivée)</a>
        </li>
        <li>
          <a href={`/api/rsvp/export?form=${encodeURIComponent(String(stats.formId))}`} download>
            Exporter (CSV)
          </a>
        </li>
        {event.slug && event._status === 'published' ? (
          <li>
            <a href={PATHS.events(event.slug)} target="_blank" rel="noopener">
              Page publique
            </a>
          </li>
        ) : null}
        <li>
          <a href={`/admin/collections/forms/${stats.formId}`}>Modifier le formulaire</a>
        </li>
        <li>
          <a href={doorPath(id)}>Accueil des participants (pointage)</a>
        </li>
        <li>
          <a href={sheetPath(id)}>Feuille d’émargement (à imprimer)</a>
        </li>
      </ul>
      {form ? <ManualRegistration formId={form.id} blocks={(form.fields ?? []) as FormBlock[]} /> : null}
    </div>
  )
}

export function PanelRow({ term, value }: { term: string; value: string }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{value}</dd>
    </>
  )
}
