/** Runs once when a Next server starts (not while building). */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  const { startupProblem } = await import('./lib/startupCheck')
  const problem = startupProblem(process.env)
  if (problem) {
    console.error(`Démarrage refusé : ${problem}`)
    process.exit(1)
  }
  const { expirePagesCachedBeforeStart } = await import('./data/boot')
  await expirePagesCachedBeforeStart()
}
