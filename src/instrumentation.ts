/**
 * Runs once when a Next server starts (not while building). Next also compiles this file for the Edge
 * runtime: the Node-only work sits behind one `NEXT_RUNTIME === 'nodejs'` test around a dynamic import, so
 * that compilation drops it instead of reporting Node APIs (process.exit) it cannot run.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { refuseBadStartup } = await import('./startup/refuseBadStartup')
    refuseBadStartup()
    const { collectWhenIdle } = await import('./startup/collectWhenIdle')
    collectWhenIdle()
  }
}
