import { APIError, type CollectionBeforeChangeHook } from 'payload'

/**
 * The account created on an empty site (the admin's "create first user" screen) manages the rest. In
 * production that screen is open to whoever comes first, so over HTTP it only accepts the address the
 * operator named in ADMIN_BOOTSTRAP_EMAIL; scripts on the server (Local API) are trusted.
 */
export const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req, overrideAccess: true })
  if (totalDocs > 0) return data
  if (process.env.NODE_ENV === 'production' && req.payloadAPI !== 'local') {
    const expected = process.env.ADMIN_BOOTSTRAP_EMAIL?.trim().toLowerCase()
    const given = String(data?.email ?? '')
      .trim()
      .toLowerCase()
    if (!expected || given !== expected)
      throw new APIError(
        'Création du premier compte refusée : l’exploitant doit indiquer son adresse dans ADMIN_BOOTSTRAP_EMAIL.',
        403,
        null,
        true,
      )
  }
  return { ...data, role: 'admin' }
}
