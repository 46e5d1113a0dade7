import config from '@payload-config'
import type { Metadata } from 'next'
import { cookies } from 'next/headers'
import { notFound } from 'next/navigation'
import { getPayload } from 'payload'

import { RsvpArea } from '@/components/Rsvp/RsvpArea'
import { formatDateRange } from '@/lib/dates'
import { decodeFlash, FLASH_COOKIE } from '@/rsvp/flash'
import { registrationEvent } from '@/rsvp/publicSubmission'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Inscription', robots: { index: false } }

type Props = { params: Promise<{ event: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

/** Where the form lands without JavaScript: the same form with its errors, or the confirmation. */
export default async function RegistrationPage({ params, searchParams }: Props) {
  const { event: eventId } = await params
  const query = await searchParams
  const payload = await getPayload({ config })
  const event = await registrationEvent(payload, eventId)
  if (!event || !event.rsvp?.form) notFound()
  const outcome = query.resultat === 'attente' ? 'waiting' : query.resultat === 'confirmee' ? 'confirmed' : undefined
  const flash = query.erreur ? decodeFlash((await cookies()).get(FLASH_COOKIE)?.value) : undefined
  return (
    <article className="container">
      <p>
        <a href={`/evenements/${event.slug}`}>← {event.title}</a>
      </p>
      <h1>Inscription : {event.title}</h1>
      <p>{formatDateRange(event.startsAt, event.endsAt)}</p>
      <RsvpArea event={event} flash={flash} outcome={outcome} />
    </article>
  )
}
