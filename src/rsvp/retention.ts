/**
 * Erases the personal data of registrations once their event ended more than the form's retention period
 * ago. Status and number of people stay, so attendance figures survive; the rest is gone.
 */
import type { Payload } from 'payload'

import { DEFAULT_RETENTION_MONTHS } from './privacy'
import { SUBMISSIONS } from './register'

const KEPT_ANSWERS = new Set(['attendees'])

export function retentionEnds(eventEnd: Date, months: number): Date {
  const end = new Date(eventEnd)
  end.setUTCMonth(end.getUTCMonth() + months)
  return end
}

export async function eraseExpiredRegistrations(payload: Payload, now: Date = new Date()): Promise<{ erased: number; events: number }> {
  let erased = 0
  let events = 0
  const withForms = await payload.find({
    collection: 'events',
    where: { and: [{ 'rsvp.form': { exists: true } }, { endsAt: { less_than: now.toISOString() } }] },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  for (const event of withForms.docs) {
    const formId = typeof event.rsvp?.form === 'object' ? event.rsvp?.form?.id : event.rsvp?.form
    if (formId === undefined || formId === null) continue
    const form = await payload.findByID({ collection: 'forms', id: formId, depth: 0, overrideAccess: true })
    const months = form.retentionMonths ?? DEFAULT_RETENTION_MONTHS
    if (retentionEnds(new Date(event.endsAt), months) > now) continue
    events++
    const expired = await payload.find({
      collection: SUBMISSIONS,
      where: { and: [{ form: { equals: formId } }, { erasedAt: { exists: false } }] },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
    })
    for (const submission of expired.docs) {
      await payload.update({
        collection: SUBMISSIONS,
        id: submission.id,
        data: {
          firstName: null,
          lastName: null,
          email: null,
          cancelTokenHash: null,
          dedupeKey: `erased:${submission.id}`,
          erasedAt: now.toISOString(),
          submissionData: (submission.submissionData ?? []).filter((answer) => KEPT_ANSWERS.has(answer.field)).map(({ field, value }) => ({ field, value })),
        },
        depth: 0,
        overrideAccess: true,
        context: { rsvpErasure: true },
      })
      erased++
    }
  }
  return { erased, events }
}
