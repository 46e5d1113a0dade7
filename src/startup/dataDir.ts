import fs from 'node:fs'
import path from 'node:path'

/** Where the embedded database, the generated dev secret and captured mail live (git-ignored). */
export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  const dir = path.resolve(/*turbopackIgnore: true*/ env.DATA_DIR || path.join(process.cwd(), 'data'))
  fs.mkdirSync(dir, { recursive: true })
  return dir
}
