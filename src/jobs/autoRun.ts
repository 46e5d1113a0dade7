/**
 * Whether this process runs the job queue. With several app instances, exactly one runs it (the others
 * set RUN_JOBS=false), so a scheduled publication or an erasure never runs twice at the same time.
 * Tests never run it on their own: they call the queue explicitly.
 */
export function shouldRunJobs(env: NodeJS.ProcessEnv): boolean {
  if (env.NODE_ENV === 'test') return false
  const value = env.RUN_JOBS?.trim().toLowerCase()
  return !(value === 'false' || value === '0' || value === 'no' || value === 'off')
}
