import type { JobsConfig } from 'payload'

import { shouldRunJobs } from './autoRun'
import { rsvpRetentionTask } from './tasks/rsvpRetention'

/**
 * Scheduled publication (and later the RSVP retention job) run from a queue. Exactly one process should
 * run it: set RUN_JOBS=false on every app instance but one.
 */
export const jobs: JobsConfig = {
  autoRun: [{ cron: '* * * * *', queue: 'default', limit: 50 }],
  shouldAutoRun: () => shouldRunJobs(process.env),
  tasks: [rsvpRetentionTask],
}
