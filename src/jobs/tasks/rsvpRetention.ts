import type { TaskConfig } from 'payload'

import { eraseExpiredRegistrations } from '../../rsvp/privacy/retention'

/** Nightly erasure of RSVP personal data past the retention period stated in each form's privacy notice. */
export const rsvpRetentionTask: TaskConfig<{ input: { now?: string }; output: { erased: number; events: number } }> = {
  slug: 'rsvpRetention',
  label: 'Effacement des données d’inscription expirées',
  inputSchema: [{ name: 'now', type: 'text' }],
  outputSchema: [
    { name: 'erased', type: 'number', required: true },
    { name: 'events', type: 'number', required: true },
  ],
  schedule: [{ cron: '30 3 * * *', queue: 'default' }],
  retries: 2,
  handler: async ({ input, req }) => {
    const now = input?.now ? new Date(input.now) : new Date()
    const output = await eraseExpiredRegistrations(req.payload, now)
    req.payload.logger.info(`RSVP : ${output.erased} inscription(s) effacée(s) sur ${output.events} événement(s)`)
    return { output }
  },
}
