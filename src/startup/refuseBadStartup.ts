import { startupProblem } from './startupCheck'

/** Stops a Node server whose configuration cannot work (secret, database), with one French line. */
export function refuseBadStartup() {
  if (process.env.NEXT_PHASE === 'phase-production-build') return
  const problem = startupProblem(process.env)
  if (problem) {
    console.error(`Démarrage refusé : ${problem}`)
    process.exit(1)
  }
}
