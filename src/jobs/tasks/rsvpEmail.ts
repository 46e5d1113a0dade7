import type { TaskConfig } from 'payload'

import { deliverRsvpEmail, RSVP_EMAIL_TASK, type RsvpEmailInput } from '../../rsvp/emails/emailJobs'

/**
 * One RSVP e-mail (src/rsvp/emails/emailJobs.ts). Retries with exponential backoff from 5 s: 12 attempts cover
 * an SMTP outage of about 5 hours; a job that still fails stays in the queue with its error (Payload's
 * jobs collection), nothing is dropped silently.
 */
export const rsvpEmailTask: TaskConfig<{ input: RsvpEmailInput; output: { outcome: string } }> = {
  slug: RSVP_EMAIL_TASK,
  label: 'E-mail d’inscription',
  inputSchema: [
    { name: 'registration', type: 'text', required: true },
    { name: 'kind', type: 'text', required: true },
    { name: 'status', type: 'text' },
    { name: 'confirmed', type: 'number' },
    { name: 'waiting', type: 'number' },
  ],
  outputSchema: [{ name: 'outcome', type: 'text', required: true }],
  retries: { attempts: 12, backoff: { type: 'exponential', delay: 5_000 } },
  handler: async ({ input, req }) => ({ output: { outcome: await deliverRsvpEmail(req.payload, input) } }),
}
