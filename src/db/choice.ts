import path from 'node:path'

export type DatabaseChoice =
  { kind: 'sqlite'; url: string; file: string; migrated: boolean } | { kind: 'mongodb'; url: string }

export const ACCEPTED_DATABASE_URIS =
  'DATABASE_URI must be unset (embedded SQLite under data/), mongodb://… or mongodb+srv://…'

/**
 * Production reads a migrated file; dev and tests let Payload push the schema into another file,
 * because a production start on a pushed file stops at an interactive prompt.
 */
export function chooseDatabase(uri: string | undefined, dir: string, nodeEnv: string | undefined): DatabaseChoice {
  const value = uri?.trim()
  if (!value) {
    const migrated = nodeEnv === 'production'
    const file = path.join(dir, migrated ? 'site.db' : 'dev.db')
    return { kind: 'sqlite', url: `file:${file}`, file, migrated }
  }
  if (/^mongodb(\+srv)?:\/\/\S+$/.test(value)) return { kind: 'mongodb', url: value }
  throw new Error(`Invalid DATABASE_URI "${redact(value)}": ${ACCEPTED_DATABASE_URIS}`)
}

/** Never echo credentials back into logs. */
function redact(uri: string): string {
  return uri.replace(/\/\/[^@/]*@/, '//***@').slice(0, 60)
}
