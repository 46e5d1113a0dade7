import type { JobsConfig } from 'payload'

import { shouldAutoRunNow } from './autoRun'
import { RSVP_EMAIL_QUEUE } from '../rsvp/emails/emailJobs'
import { rsvpEmailTask } from './tasks/rsvpEmail'
import { rsvpRetentionTask } from './tasks/rsvpRetention'

/**
 * Scheduled publication, the RSVP retention job and the RSVP e-mails run from queues. Exactly one process should
 * run it: set RUN_JOBS=false on every app instance but one.
 */
export const jobs: JobsConfig = {
  autoRun: [
    { cron: '* * * * *', queue: 'default', limit: 50 },
    // RSVP e-mails leave within a second of the registration (cron with seconds; one indexed read when idle).
    // At most 10 a second: each job writes to the database, and a burst of registrations must not queue behind them.
    { cron: '* * * * * *', queue: RSVP_EMAIL_QUEUE, limit: 10, disableScheduling: true, silent: true },
  ],
  shouldAutoRun: () => shouldAutoRunNow(process.env),
  tasks: [rsvpRetentionTask, rsvpEmailTask],
}
