import type { Metadata } from 'next'

import { PageNotFound } from '../../../not-found'
import { type EventParams, getRegistrationEvent, noStaticParams, RegistrationPage, registrationMetadata } from '../registration'

export const generateStaticParams = noStaticParams

export function generateMetadata({ params }: { params: EventParams }): Promise<Metadata> {
  return registrationMetadata(params, 'confirmed')
}

/** Where the form redirects after a registration without JavaScript (to #inscription-resultat). */
export default async function RegistrationConfirmedPage({ params }: { params: EventParams }) {
  const event = await getRegistrationEvent((await params).event)
  if (!event) return <PageNotFound />
  return <RegistrationPage event={event} outcome="confirmed" />
}
