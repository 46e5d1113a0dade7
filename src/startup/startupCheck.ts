import { chooseDatabase } from '../db/choice'
import { dataDir } from './dataDir'
import { resolveSecret } from './secret'

/**
 * Next loads the Payload config lazily, on the first request: without this check a production server with
 * no secret or a wrong DATABASE_URI would start and answer 500 to everyone. Returns the reason to refuse.
 */
export function startupProblem(env: NodeJS.ProcessEnv): string | undefined {
  try {
    const dir = dataDir(env)
    resolveSecret(env, dir)
    chooseDatabase(env.DATABASE_URI, dir, env.NODE_ENV)
    return undefined
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
}
