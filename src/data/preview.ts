import { draftMode, headers } from 'next/headers'

import type { User } from '@/payload-types'

import { payloadClient } from './payload'

/**
 * The staff member previewing drafts, or null for everyone else. Draft mode alone is not enough: the
 * Payload session must still be valid, and drafts are then read with that user's access rights.
 */
export async function previewUser(): Promise<User | null> {
  const draft = await draftMode()
  if (!draft.isEnabled) return null
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  return user && (user as User).role ? (user as User) : null
}
