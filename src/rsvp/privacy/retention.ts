/**
 * Erases the personal data of registrations once their retention period has passed: the form's retention
 * after the end of the event when the event is known, else after the registration itself (event deleted,
 * form detached or replaced, or a form that never had an event). Status and number of people stay, so
 * attendance figures survive (with `attended`, whether the guest came); the rest, check-in time and staff name
 * included, is gone.
 */
import type { Payload } from 'payload'

import { type Id, idOf } from '../../db/ids'
import type { FormSubmission } from '../../payload-types'
import { DEFAULT_RETENTION_MONTHS } from './notice'
import { SUBMISSIONS } from '../contract'
import { latestEvent } from '../lookup'

const KEPT_ANSWERS = new Set(['attendees'])

export function retentionEnds(eventEnd: Date, months: number): Date {
  const end = new Date(eventEnd)
  end.setUTCMonth(end.getUTCMonth() + months)
  return end
}

export async function eraseExpiredRegistrations(
  payload: Payload,
  now: Date = new Date(),
): Promise<{ erased: number; events: number }> {
  let erased = 0
  const erasedEvents = new Set<string>()
  const months = new Map<string, number>()
  const eventEnds = new Map<string, Date | undefined>()

  const retentionOf = async (formId: Id | undefined) => {
    if (formId === undefined || formId === null) return DEFAULT_RETENTION_MONTHS
    const key = String(formId)
    if (!months.has(key)) {
      let value = DEFAULT_RETENTION_MONTHS
      try {
        const form = await payload.findByID({ collection: 'forms', id: formId, depth: 0, overrideAccess: true })
        value = form.retentionMonths ?? DEFAULT_RETENTION_MONTHS
      } catch {
        // Form deleted: the default period stated in the privacy notice.
      }
      months.set(key, value)
    }
    return months.get(key) as number
  }

  const endOf = async (eventId: Id | undefined): Promise<Date | undefined> => {
    if (eventId === undefined || eventId === null) return undefined
    const key = String(eventId)
    if (!eventEnds.has(key)) {
      const event = await latestEvent(payload, eventId)
      eventEnds.set(key, event ? new Date(event.endsAt || event.startsAt) : undefined)
    }
    return eventEnds.get(key)
  }

  const expiresAt = async (submission: FormSubmission) => {
    const months = await retentionOf(idOf(submission.form))
    const eventEnd = await endOf(idOf(submission.event))
    return retentionEnds(eventEnd ?? new Date(submission.createdAt), months)
  }

  // Every row not erased yet, whatever its event or form: nothing escapes the retention period.
  const pending = await payload.find({
    collection: SUBMISSIONS,
    where: { erasedAt: { exists: false } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  for (const submission of pending.docs) {
    if ((await expiresAt(submission)) > now) continue
    await payload.update({
      collection: SUBMISSIONS,
      id: submission.id,
      data: {
        firstName: null,
        lastName: null,
        email: null,
        cancelTokenHash: null,
        // When and by whom a guest was let in goes with the rest; `attended` stays, an anonymous figure.
        checkedInAt: null,
        checkedInBy: null,
        dedupeKey: `erased:${submission.id}`,
        erasedAt: now.toISOString(),
        submissionData: (submission.submissionData ?? [])
          .filter((answer) => KEPT_ANSWERS.has(answer.field))
          .map(({ field, value }) => ({ field, value })),
      },
      depth: 0,
      overrideAccess: true,
      context: { rsvpErasure: true },
    })
    erased++
    erasedEvents.add(String(idOf(submission.event) ?? `form:${String(idOf(submission.form))}`))
  }
  return { erased, events: erasedEvents.size }
}
