/**
 * The RSVP e-mails leave through Payload's job queue (src/rsvp/emails/emailJobs.ts). Tests never auto-run jobs
 * (src/jobs/autoRun.ts): they run the e-mail queue themselves, as the jobs process does every second,
 * until no job is due. `since` leaves aside the jobs queued before it (a burst of registrations earlier in
 * the file queues hundreds).
 */
import type { Payload } from 'payload'

import { RSVP_EMAIL_QUEUE } from '../../src/rsvp/emails/emailJobs'

export async function runEmailQueue(payload: Payload, since?: Date) {
  const where = since ? { createdAt: { greater_than_equal: since.toISOString() } } : undefined
  for (let round = 0; round < 50; round++) {
    const result = await payload.jobs.run({ queue: RSVP_EMAIL_QUEUE, limit: 100, silent: true, where })
    if (result.noJobsRemaining) return
  }
}
