/**
 * E-mails of the RSVP, sent through Payload's adapter; a failed send is logged and never undoes a registration.
 * The registration's own e-mails are sent by a job (./emailJobs.ts) with `strict`: a failure throws, the job retries.
 */
import type { Payload } from 'payload'

import { entryForEmail, type InlineAttachment } from '../../checkin/emailEntry'
import { contactMessage, guestMessage, type Message, type MessageEvent } from '../../email/rsvpMessages'
import type { Contact, Event, Form, FormSubmission } from '../../payload-types'
import { eventIcs, venueLine } from '../../calendar/ics'
import { PATHS, siteUrl } from '../../data/paths'
import { contactOf } from '../lookup'
import { DEFAULT_RETENTION_MONTHS } from '../privacy/notice'
import { readableAnswer, staffAnswers } from '../rules/staffQuestions'
import type { FormBlock } from '../rules/submission'
import { seatStore } from '../capacity/seatCounter'
import { cancelToken } from '../registration/cancelToken'

export const cancelUrl = (payload: Payload, id: string | number, token = cancelToken(payload.secret, id)) =>
  `${siteUrl()}/inscription/annuler?r=${encodeURIComponent(String(id))}&t=${token}`

const eventUrl = (event: Event) => (event.slug ? `${siteUrl()}${PATHS.events(event.slug)}` : undefined)

const messageEvent = (payload: Payload, event: Event): MessageEvent => ({
  title: event.title,
  startsAt: event.startsAt,
  endsAt: event.endsAt,
  allDay: event.allDay,
  startsAt_tz: event.startsAt_tz,
  place: venueLine(event.venue) || undefined,
  url: eventUrl(event),
})

async function send(payload: Payload, message: Message, ics?: string, inline: InlineAttachment[] = [], strict = false) {
  const attachments = [
    ...inline,
    ...(ics
      ? [{ filename: 'evenement.ics', content: ics, contentType: 'text/calendar; charset=utf-8; method=PUBLISH' }]
      : []),
  ]
  try {
    await payload.sendEmail({
      to: message.to,
      replyTo: message.replyTo,
      subject: message.subject,
      text: message.text,
      html: message.html,
      attachments: attachments.length ? attachments : undefined,
    })
  } catch (err) {
    payload.logger.error({ err, msg: `RSVP e-mail to ${message.to} not sent` })
    if (strict) throw err
  }
}

const guestOf = (s: FormSubmission) => ({
  firstName: s.firstName ?? '',
  lastName: s.lastName ?? '',
  email: s.email ?? '',
  attendees: Number(s.attendees ?? 1),
  status: (s.status === 'confirmed' ? 'confirmed' : 'waiting') as 'confirmed' | 'waiting',
})

export async function sendGuestConfirmation(
  payload: Payload,
  submission: FormSubmission,
  event: Event,
  form: Pick<Form, 'retentionMonths'> | undefined,
  options: { promoted?: boolean; contact?: Contact; strict?: boolean } = {},
) {
  const guest = guestOf(submission)
  if (!guest.email) return
  const contact = options.contact ?? (await contactOf(payload, event))
  // A confirmed guest gets the entry code the door scans (src/checkin); the waiting list gets it once promoted.
  const code = guest.status === 'confirmed' ? await entryForEmail(payload, submission.id) : undefined
  const message = guestMessage(guest, messageEvent(payload, event), cancelUrl(payload, submission.id), {
    promoted: options.promoted,
    retentionMonths: form?.retentionMonths ?? DEFAULT_RETENTION_MONTHS,
    contactEmail: contact?.email,
    entry: code?.entry,
  })
  const host = new URL(siteUrl()).hostname
  const ics = guest.status === 'confirmed' ? eventIcs({ ...event, url: eventUrl(event) }, host) : undefined
  await send(payload, message, ics, code ? [code.attachment] : [], options.strict)
}

export async function notifyContact(
  payload: Payload,
  submission: FormSubmission,
  event: Event,
  values: Record<string, string>,
  contact?: Contact,
  req?: { transactionID?: unknown },
  options: { counts?: { confirmed: number; waiting: number }; strict?: boolean; form?: Pick<Form, 'fields'> } = {},
) {
  if (!contact?.email) return
  const blocks = (options.form?.fields ?? []) as FormBlock[]
  const roleBlock = blocks.find((block) => block.name === 'role')
  // Inside the registration's transaction: the counts include this registration (a job gets them as queued).
  const counts =
    options.counts ??
    (await seatStore(payload, req).read(typeof submission.form === 'object' ? submission.form.id : submission.form))
  const message = contactMessage(
    contact.email,
    {
      ...guestOf(submission),
      organisation: values.organisation,
      role: values.role && readableAnswer(roleBlock, values.role),
      accessibility: values.accessibility,
      answers: staffAnswers(blocks, submission.submissionData),
    },
    messageEvent(payload, event),
    { ...counts, capacity: event.rsvp?.capacity },
  )
  await send(payload, message, undefined, [], options.strict)
}
