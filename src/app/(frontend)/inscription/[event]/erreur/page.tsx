import type { Metadata } from 'next'
import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'

import { decodeFlash, type Flash, FLASH_COOKIE } from '@/rsvp/http/flash'

import { type EventParams, getRegistrationEvent, RegistrationPage, registrationMetadata } from '../registration'

/** Reads the errors of this browser's last attempt (a short-lived cookie): never cached. */
export const dynamic = 'force-dynamic'

async function lastAttempt(): Promise<Flash | undefined> {
  const flash = decodeFlash((await cookies()).get(FLASH_COOKIE)?.value)
  return flash?.errors.length ? flash : undefined
}

export async function generateMetadata({ params }: { params: EventParams }): Promise<Metadata> {
  return registrationMetadata(params, (await lastAttempt()) ? 'error' : 'form')
}

/**
 * Where the form redirects after a refused registration without JavaScript (to #rsvp-erreurs): the form
 * again, with the errors and the typed values; once the message has expired, the form alone, titled so.
 * A page rendered per request cannot answer a 404 with the site's page (see PageNotFound), so an unknown
 * event sends to the form's cached address, which does.
 */
export default async function RegistrationErrorPage({ params }: { params: EventParams }) {
  const { event: id } = await params
  const event = await getRegistrationEvent(id)
  if (!event) redirect(`/inscription/${encodeURIComponent(id)}`)
  return <RegistrationPage event={event} flash={await lastAttempt()} />
}
