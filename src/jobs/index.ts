import type { JobsConfig } from 'payload'

/**
 * Scheduled publication (and later the RSVP retention job) run from a queue. Exactly one process should
 * run it: set RUN_JOBS=false on every app instance but one.
 */
export const jobs: JobsConfig = {
  autoRun: [{ cron: '* * * * *', queue: 'default', limit: 50 }],
  shouldAutoRun: () => process.env.NODE_ENV !== 'test' && process.env.RUN_JOBS !== 'false',
  tasks: [],
}
