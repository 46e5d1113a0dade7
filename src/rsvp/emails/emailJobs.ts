/**
 * The RSVP e-mails go through Payload's job queue instead of the registration request: the request only
 * adds the jobs, in its own transaction (a stored registration always has its e-mails queued, a rolled-back
 * one never), and the process that runs jobs sends them within a second, retrying through an SMTP outage.
 * One job per message, so a retry never sends the other message twice.
 */
import type { Payload, PayloadRequest } from 'payload'

import type { Event, Form, FormSubmission } from '../../payload-types'
import { idOf } from '../../db/ids'
import { contactOf } from '../lookup'
import { notifyContact, sendGuestConfirmation } from './notify'
import { seatStore } from '../capacity/seatCounter'

export const RSVP_EMAIL_QUEUE = 'rsvp-email'
export const RSVP_EMAIL_TASK = 'rsvpEmail'

/** guest: confirmation or waiting list; promotion: a seat freed up; contact: the event contact's notification. */
export type RsvpEmailKind = 'guest' | 'promotion' | 'contact'

export type RsvpEmailInput = {
  registration: string
  kind: RsvpEmailKind
  /** The guest's status when queued: a later promotion sends its own message. */
  status?: string
  /** Seat counts right after this registration, for the contact's message. */
  confirmed?: number
  waiting?: number
}

/** Whether a queued job is only its row (no hooks, depth nor concurrency keys): it can then be written as is. */
export const plainJobRows = (payload: Payload) => {
  const jobs = payload.config.jobs
  return !(jobs?.runHooks || jobs?.depth || jobs?.enableConcurrencyControl)
}

/** The messages a new registration queues: the guest's and, with the counts after it, the event contact's. */
export const registrationEmails = (
  registration: string,
  status: string | undefined,
  contactCounts?: { confirmed: number; waiting: number },
): RsvpEmailInput[] => [
  { registration, kind: 'guest', status },
  ...(contactCounts
    ? [{ registration, kind: 'contact' as const, confirmed: contactCounts.confirmed, waiting: contactCounts.waiting }]
    : []),
]

/**
 * The row `payload.jobs.queue` writes (this project runs jobs without hooks nor depth), without reading it
 * back: one statement in the registration's transaction instead of two.
 */
const queue = async (req: PayloadRequest, input: RsvpEmailInput) => {
  if (!plainJobRows(req.payload)) {
    await req.payload.jobs.queue({
      task: RSVP_EMAIL_TASK as never,
      input: input as never,
      queue: RSVP_EMAIL_QUEUE,
      req,
    })
    return
  }
  await req.payload.db.create({
    collection: 'payload-jobs',
    data: { input, taskSlug: RSVP_EMAIL_TASK, queue: RSVP_EMAIL_QUEUE },
    req,
    returning: false,
  })
}

/** Queues the guest's message and, when the event has a contact, the contact's notification. */
export async function queueRegistrationEmails(
  req: PayloadRequest,
  submission: FormSubmission,
  notifyContactToo: boolean,
  countsAfter?: { confirmed: number; waiting: number },
) {
  // Inside the registration's transaction: the counts include this registration.
  const counts = notifyContactToo
    ? (countsAfter ?? (await seatStore(req.payload, req).read(idOf(submission.form)!)))
    : undefined
  for (const input of registrationEmails(String(submission.id), submission.status ?? undefined, counts))
    await queue(req, input)
}

export const queuePromotionEmail = (req: PayloadRequest, submission: FormSubmission) =>
  queue(req, { registration: String(submission.id), kind: 'promotion', status: 'confirmed' })

const findById = async <T>(payload: Payload, collection: 'form-submissions' | 'events' | 'forms', id: unknown) =>
  id === undefined || id === null
    ? undefined
    : (((await payload.findByID({
        collection,
        id: id as string,
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
      })) as T | null) ?? undefined)

/**
 * Sends one queued message; throws when the SMTP server refuses it, so the job is retried. A registration
 * cancelled or erased in the meantime gets nothing.
 */
export async function deliverRsvpEmail(payload: Payload, input: RsvpEmailInput): Promise<'sent' | 'skipped'> {
  const submission = await findById<FormSubmission>(payload, 'form-submissions', input.registration)
  if (!submission?.email || submission.status === 'cancelled') return 'skipped'
  const event = await findById<Event>(payload, 'events', idOf(submission.event))
  if (!event) return 'skipped'
  const contact = await contactOf(payload, event)
  const form = await findById<Form>(payload, 'forms', idOf(submission.form))
  if (input.kind === 'contact') {
    // The registration queued this job from the event's contact field, without reading the contact.
    if (!contact?.email) return 'skipped'
    const values = Object.fromEntries((submission.submissionData ?? []).map((f) => [f.field, f.value]))
    const counts = { confirmed: input.confirmed ?? 0, waiting: input.waiting ?? 0 }
    await notifyContact(payload, submission, event, values, contact, undefined, { counts, strict: true, form })
    return 'sent'
  }
  const status = (input.status ?? submission.status) as FormSubmission['status']
  await sendGuestConfirmation(payload, { ...submission, status }, event, form, {
    promoted: input.kind === 'promotion',
    contact,
    strict: true,
  })
  return 'sent'
}
