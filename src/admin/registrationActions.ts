/**
 * Staff actions on one registration, as REST endpoints of form-submissions: « Annuler l'inscription »
 * (the collection hooks free the seats and move the waiting list up; the guest is told by e-mail) and
 * « Renvoyer la confirmation ». Allowed to the organising association's staff and the federation.
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { isFederationOrOwnAssociation } from '../access/federationOrOwnAssociation'
import { escapeHtml } from '../components/escapeHtml'
import type { Event, Form, FormSubmission } from '../payload-types'
import { PATHS, siteUrl } from '../data/paths'
import { SUBMISSIONS } from '../rsvp/contract'
import { contactOf, latestEvent } from '../rsvp/lookup'
import { sendGuestConfirmation } from '../rsvp/emails/notify'
import { eventDates } from '../dates/eventDates'
import { idOf, plausibleId } from '../db/ids'

const answer = (message: string, status: number) =>
  Response.json({ message }, { status, headers: { 'Cache-Control': 'no-store' } })

type Loaded = { submission: FormSubmission; event?: Event }

/**
 * The registration of the route's id, with its event, if the user may act on it; otherwise the answer to send
 * (the same 404 as a missing one: staff of another association learn nothing about it).
 */
async function load(req: PayloadRequest): Promise<Loaded | Response> {
  if (!req.user) return answer('Connectez-vous à l’administration pour agir sur une inscription.', 401)
  const id = String(req.routeParams?.id ?? '')
  if (!plausibleId(id)) return answer('Inscription introuvable.', 404)
  const submission = (await req.payload
    .findByID({ collection: SUBMISSIONS, id, depth: 0, overrideAccess: true, req })
    .catch(() => undefined)) as FormSubmission | undefined
  if (!submission || submission.erasedAt) return answer('Inscription introuvable.', 404)
  const event = await latestEvent(req.payload, idOf(submission.event), req)
  if (!isFederationOrOwnAssociation(req.user, event?.organiser)) return answer('Inscription introuvable.', 404)
  return { submission, event }
}

/** POST /api/form-submissions/:id/<path>: `action` runs once the registration is loaded and the user allowed. */
const registrationAction = (
  path: string,
  action: (req: PayloadRequest, loaded: Loaded) => Promise<Response>,
): Endpoint => ({
  path: `/:id/${path}`,
  method: 'post',
  handler: async (req) => {
    const loaded = await load(req)
    return loaded instanceof Response ? loaded : action(req, loaded)
  },
})

async function tellGuestCancelled(req: PayloadRequest, submission: FormSubmission, event: Event) {
  if (!submission.email) return
  const contact = await contactOf(req.payload, event, req)
  const when = eventDates(event)
  const url = event.slug ? `${siteUrl()}${PATHS.events(event.slug)}` : undefined
  const lines = [
    `Bonjour ${submission.firstName ?? ''},`.trim(),
    '',
    `Votre inscription à « ${event.title} » (${when}) a été annulée par l’organisateur.`,
    contact?.email ? `Pour toute question : ${contact.email}.` : '',
    url ? `Page de l’événement : ${url}` : '',
    '',
    'L’OCCE',
  ].filter((line, i, all) => line !== '' || all[i - 1] !== '')
  try {
    await req.payload.sendEmail({
      to: submission.email,
      replyTo: contact?.email ?? undefined,
      subject: `Inscription annulée – ${event.title}`,
      text: lines.join('\n'),
      html: lines.map((l) => `<p>${escapeHtml(l)}</p>`).join(''),
    })
  } catch (err) {
    req.payload.logger.error({ err, msg: `Cancellation e-mail to ${submission.email} not sent` })
  }
}

export const registrationEndpoints: Endpoint[] = [
  registrationAction('annuler', async (req, { submission, event }) => {
    if (submission.status === 'cancelled') return answer('Cette inscription est déjà annulée.', 409)
    await req.payload.update({
      collection: SUBMISSIONS,
      id: submission.id,
      data: { status: 'cancelled' },
      depth: 0,
      overrideAccess: true,
      req,
    })
    if (event) await tellGuestCancelled(req, submission, event)
    return answer('Inscription annulée : la personne est prévenue par e-mail et la liste d’attente avance.', 200)
  }),
  registrationAction('renvoyer', async (req, { submission, event }) => {
    if (submission.status !== 'confirmed' && submission.status !== 'waiting')
      return answer('Seule une inscription confirmée ou en liste d’attente reçoit une confirmation.', 409)
    if (!event) return answer('L’événement de cette inscription n’existe plus.', 409)
    const form = (await req.payload
      .findByID({ collection: 'forms', id: idOf(submission.form)!, depth: 0, overrideAccess: true, req })
      .catch(() => undefined)) as Form | undefined
    await sendGuestConfirmation(req.payload, submission, event, form)
    return answer(`Confirmation renvoyée à ${submission.email}.`, 200)
  }),
]
