/** The registrations of one event as CSV, for staff allowed to see them. */
import type { Payload } from 'payload'

import { hasRole } from '../../access/roles'
import { isFederationOrOwnAssociation } from '../../access/federationOrOwnAssociation'
import { formatShortDate, formatTime } from '../../dates/format'
import { idOf, plausibleId } from '../../db/ids'
import type { Event } from '../../payload-types'
import { toCsv } from './csv'
import { RSVP_ROLES } from '../rules/formDefinition'
import { questionLabel, staffAnswers, staffQuestions } from '../rules/staffQuestions'
import type { FormBlock } from '../rules/submission'
import { statusLabel, SUBMISSIONS } from '../contract'

const ROLE_LABELS: Record<string, string> = Object.fromEntries(RSVP_ROLES.map((r) => [r.value, r.label]))

const when = (value?: string | null) => (value ? `${formatShortDate(value)} ${formatTime(value)}` : '')

export type ExportResult = { ok: true; filename: string; csv: string } | { ok: false; status: number; message: string }

/** The event whose RSVP form this is, for the export link in the form's admin sidebar. */
export async function eventIdForForm(payload: Payload, formId: unknown): Promise<string | undefined> {
  if (!plausibleId(formId)) return undefined
  // The form first, by id: a malformed id in `equals` throws on SQLite and becomes `equals null` on MongoDB
  // (the events without a form), so only a real form's id goes into the events query.
  const form = await payload
    .findByID({ collection: 'forms', id: formId, depth: 0, overrideAccess: true })
    .catch(() => null)
  if (!form) return undefined
  const found = await payload.find({
    collection: 'events',
    where: { 'rsvp.form': { equals: form.id } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    draft: true,
  })
  return found.docs[0] ? String(found.docs[0].id) : undefined
}

export async function exportRegistrations(payload: Payload, user: unknown, eventId: unknown): Promise<ExportResult> {
  if (!hasRole(user, 'admin', 'editor', 'ad-editor'))
    return { ok: false, status: 401, message: 'Connectez-vous avec un compte de l’équipe.' }
  if (!plausibleId(eventId)) return { ok: false, status: 400, message: 'Paramètre « event » manquant ou invalide.' }
  let event: Event
  try {
    event = await payload.findByID({ collection: 'events', id: eventId, depth: 0, overrideAccess: true, draft: true })
  } catch {
    return { ok: false, status: 404, message: 'Événement introuvable.' }
  }
  if (!isFederationOrOwnAssociation(user, event.organiser))
    return { ok: false, status: 403, message: 'Cet événement n’est pas organisé par votre association.' }

  const { docs } = await payload.find({
    collection: SUBMISSIONS,
    where: { event: { equals: event.id } },
    sort: 'arrival',
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  // The staff's own questions of the event's form, one column each under the form's label.
  const formId = idOf(event.rsvp?.form)
  const form =
    formId === undefined
      ? undefined
      : await payload
          .findByID({ collection: 'forms', id: formId, depth: 0, overrideAccess: true })
          .catch(() => undefined)
  const blocks = (form?.fields ?? []) as FormBlock[]
  const answer = (doc: (typeof docs)[number], name: string) =>
    doc.submissionData?.find((a) => a.field === name)?.value ?? ''
  const rows = docs.map((doc) => [
    doc.arrival ?? '',
    statusLabel(doc.status),
    doc.lastName ?? '',
    doc.firstName ?? '',
    doc.email ?? '',
    doc.attendees ?? '',
    answer(doc, 'organisation'),
    ROLE_LABELS[answer(doc, 'role')] ?? answer(doc, 'role'),
    answer(doc, 'accessibility'),
    ...staffAnswers(blocks, doc.submissionData).map((a) => a.value),
    when(doc.createdAt),
    when(doc.cancelledAt),
    doc.attended || doc.checkedInAt ? 'oui' : '',
    when(doc.checkedInAt),
    doc.erasedAt ? 'oui' : '',
  ])
  const header = [
    'N° d’arrivée',
    'Statut',
    'Nom',
    'Prénom',
    'E-mail',
    'Personnes',
    'Organisme',
    'Qualité',
    'Besoins d’accessibilité',
    ...staffQuestions(blocks).map(questionLabel),
    'Inscrit le (heure de Paris)',
    'Annulée le',
    'Présent',
    'Arrivée le (heure de Paris)',
    'Données effacées',
  ]
  const slug = (event.slug || String(event.id)).replace(/[^a-z0-9-]/gi, '')
  return { ok: true, filename: `inscriptions-${slug}.csv`, csv: toCsv(header, rows) }
}
