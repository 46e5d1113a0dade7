import type { Metadata } from 'next'
import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'

import { decodeFlash, FLASH_COOKIE } from '@/rsvp/flash'

import { type EventParams, getRegistrationEvent, RegistrationPage, registrationMetadata } from '../registration'

/** Reads the errors of this browser's last attempt (a short-lived cookie): never cached. */
export const dynamic = 'force-dynamic'

export function generateMetadata({ params }: { params: EventParams }): Promise<Metadata> {
  return registrationMetadata(params, 'error')
}

/**
 * Where the form redirects after a refused registration without JavaScript (to #rsvp-erreurs): the form
 * again, with the errors and the typed values. A page rendered per request cannot answer a 404 with the
 * site's page (see PageNotFound), so an unknown event, or an expired message, sends to the form's page.
 */
export default async function RegistrationErrorPage({ params }: { params: EventParams }) {
  const { event: id } = await params
  const event = await getRegistrationEvent(id)
  const flash = decodeFlash((await cookies()).get(FLASH_COOKIE)?.value)
  if (!event || !flash?.errors.length) redirect(`/inscription/${encodeURIComponent(id)}`)
  return <RegistrationPage event={event} flash={flash} />
}
