import type { Metadata } from 'next'

import { PageNotFound } from '../../not-found'
import { type EventParams, getRegistrationEvent, noStaticParams, RegistrationPage, registrationMetadata } from './registration'

export const generateStaticParams = noStaticParams

export function generateMetadata({ params }: { params: EventParams }): Promise<Metadata> {
  return registrationMetadata(params, 'form')
}

/** The registration form on a page of its own (the form's address without JavaScript). */
export default async function RegistrationFormPage({ params }: { params: EventParams }) {
  const event = await getRegistrationEvent((await params).event)
  if (!event) return <PageNotFound />
  return <RegistrationPage event={event} />
}
