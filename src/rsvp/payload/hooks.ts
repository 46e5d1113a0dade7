/** The form-submissions hooks: every way in (REST, GraphQL, Local API, admin) goes through them. */
import {
  APIError,
  type CollectionAfterChangeHook,
  type CollectionAfterDeleteHook,
  type CollectionBeforeChangeHook,
  type CollectionBeforeOperationHook,
  type CollectionBeforeValidateHook,
  type PayloadRequest,
} from 'payload'

import type { FormSubmission } from '../../payload-types'
import { idOf } from '../../db/ids'
import { formById } from '../lookup'
import { queuePromotionEmail, queueRegistrationEmails } from '../emails/emailJobs'
import { clientIp, RATE_LIMIT_MESSAGE, takePublicWriteToken } from '../http/rateLimit'
import { allocateSeats, releaseAndPromote } from '../capacity/allocation'
import { fail, isPlainObject, type RsvpContext, validateNewSubmission } from '../registration/validate'

const BODY_MESSAGE = 'Le corps de la requête doit être un objet JSON.'

/** With `data`, Payload's REST layer sends the message as is (without, a production build may hide it). */
const publicError = (message: string, status: number) =>
  new APIError(message, status, { errors: [{ path: 'form', message }] }, true)

/** Stock Payload answers 500 when the JSON body is null, a number or a string: refuse it here with a 400. */
export const guardRequest: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation !== 'create') return args
  if (!isPlainObject(args.data)) throw publicError(BODY_MESSAGE, 400)
  return args
}

/**
 * The per-IP limit applies to every anonymous submission arriving over HTTP (REST, GraphQL), to RSVP and
 * plain forms alike; the public form's route applies it itself.
 */
const limitAnonymous = async (req: PayloadRequest) => {
  if (req.payloadAPI === 'local' || req.user) return
  if (!(await takePublicWriteToken(clientIp(req.headers)))) throw publicError(RATE_LIMIT_MESSAGE, 429)
}

export const validateSubmission: CollectionBeforeValidateHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  return validateNewSubmission(data, req, () => limitAnonymous(req))
}

/**
 * A registration belongs for ever to the association of the event it was made for (a plain form's
 * submission, to the form's owner): stamped here on the server, whatever the client sent, and never
 * changed afterwards. Access to registrations filters on it, not on the form.
 */
export const stampRegistrationOwner: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const context = req.context.rsvp as RsvpContext | undefined
  let owner: unknown = context && idOf(context.event.id) === idOf(data.event) ? context.event.organiser : undefined
  if (owner === undefined && data.event !== undefined && data.event !== null) {
    const event = await req.payload
      .findByID({ collection: 'events', id: idOf(data.event)!, depth: 0, overrideAccess: true, req })
      .catch(() => undefined)
    owner = event?.organiser
  }
  if ((owner === undefined || owner === null) && (data.event === undefined || data.event === null)) {
    const formId = idOf(data.form)
    owner =
      formId === undefined
        ? undefined
        : ((await formById(req.payload, formId, req)) as { owner?: unknown } | undefined)?.owner
  }
  data.association = idOf(owner) ?? null
  return data
}

const FINAL_STATUSES = new Set(['confirmed', 'waiting', 'cancelled'])

/** Staff may cancel a registration; any other status change would bypass the seat counters. */
export const guardStatusChange: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !originalDoc) return data
  const before = originalDoc.status as string | undefined
  const after = data.status as string | undefined
  if (after === undefined || after === before) return data
  if (before && FINAL_STATUSES.has(before) && after !== 'cancelled')
    fail(
      [
        {
          path: 'status',
          message: 'Une inscription peut seulement être annulée : les places sont attribuées dans l’ordre d’arrivée.',
        },
      ],
      req,
    )
  if (after === 'cancelled') {
    data.cancelledAt = new Date().toISOString()
    // Frees the address for a new registration to the same event.
    data.dedupeKey = `cancelled:${originalDoc.id}`
  }
  return data
}

export const afterSubmissionChange: CollectionAfterChangeHook<FormSubmission> = async ({
  doc,
  operation,
  previousDoc,
  req,
}) => {
  if (operation === 'create' && req.context.rsvp && doc.status === 'pending') {
    const context = req.context.rsvp as RsvpContext
    delete req.context.rsvp
    const { registration, counts } = await allocateSeats(doc, context, req)
    // Queued in the registration's transaction, sent by the jobs process: the answer never waits for SMTP,
    // a rolled-back registration sends nothing, a stored one loses no e-mail. The contact's address is read
    // by the job (an event without a contact gets no notification job at all).
    const hasContact = context.event.contact !== null && context.event.contact !== undefined
    await queueRegistrationEmails(req, registration, hasContact, counts)
    return registration
  }
  if (
    operation === 'update' &&
    doc.status === 'cancelled' &&
    previousDoc?.status &&
    previousDoc.status !== 'cancelled'
  ) {
    await afterRelease(req, previousDoc)
  }
  return doc
}

export const afterSubmissionDelete: CollectionAfterDeleteHook<FormSubmission> = async ({ doc, req }) => {
  if (doc.status === 'confirmed' || doc.status === 'waiting') await afterRelease(req, doc)
}

async function afterRelease(req: Parameters<CollectionAfterDeleteHook>[0]['req'], previous: FormSubmission) {
  const { payload } = req
  const promoted = await releaseAndPromote(payload, previous, req)
  for (const submission of promoted) await queuePromotionEmail(req, submission)
}
