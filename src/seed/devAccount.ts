import crypto from 'node:crypto'
import type { Payload } from 'payload'

export const DEV_ACCOUNT_EMAIL = 'admin@occe.test'

/**
 * A staff account for local development only. Its password is random and printed once;
 * production never gets one.
 */
export async function ensureDevAccount(payload: Payload): Promise<void> {
  if (process.env.NODE_ENV === 'production') return
  const existing = await payload.count({ collection: 'users', where: { email: { equals: DEV_ACCOUNT_EMAIL } } })
  if (existing.totalDocs > 0) return
  const password = crypto.randomBytes(12).toString('base64url')
  await payload.create({
    collection: 'users',
    data: { email: DEV_ACCOUNT_EMAIL, password, name: 'Administrateur (développement)', role: 'admin' },
  })
  // Tests create their own accounts and never need this password.
  if (process.env.NODE_ENV === 'test') return
  console.log(
    [
      '',
      '  Compte de développement créé (affiché une seule fois) :',
      `    e-mail       ${DEV_ACCOUNT_EMAIL}`,
      `    mot de passe ${password}`,
      '',
    ].join('\n'),
  )
}
