/** An upcoming event with an RSVP form built from the field contract, for the RSVP integration tests. */
import type { Payload } from 'payload'

import { rsvpFormFields } from '../../src/rsvp/rules/formDefinition'
import { paragraphs } from '../setup/richText'

const DAY = 24 * 3600 * 1000

export type RsvpFixture = { eventId: string | number; formId: string | number; contactEmail: string }

export async function createRsvpEvent(
  payload: Payload,
  options: {
    capacity?: number
    startsAt?: Date
    deadline?: Date | null
    endsAt?: Date
    contactEmail?: string
    title?: string
  } = {},
): Promise<RsvpFixture> {
  const suffix = Math.random().toString(36).slice(2, 8)
  const association = await payload.create({
    collection: 'associations',
    data: { name: `OCCE test ${suffix}`, level: 'federation' } as never,
  })
  const contactEmail = options.contactEmail ?? `contact-${suffix}@occe.test`
  const contact = await payload.create({
    collection: 'contacts',
    data: {
      name: 'Sophie Courmont',
      role: 'Responsable communication',
      email: contactEmail,
      association: association.id,
    } as never,
  })
  const form = await payload.create({
    collection: 'forms',
    data: {
      title: `Inscription ${suffix}`,
      fields: rsvpFormFields.map((f) => ({ ...f })),
      confirmationType: 'message',
      confirmationMessage: paragraphs('Merci, votre inscription est enregistrée.'),
    } as never,
  })
  const startsAt = options.startsAt ?? new Date(Date.now() + 30 * DAY)
  const event = await payload.create({
    collection: 'events',
    data: {
      title: options.title ?? `Cérémonie d’ouverture ${suffix}`,
      startsAt: startsAt.toISOString(),
      endsAt: (options.endsAt ?? new Date(startsAt.getTime() + 90 * 60 * 1000)).toISOString(),
      organiser: association.id,
      contact: contact.id,
      venue: { name: 'Le Dôme', city: 'Niort', postalCode: '79000' },
      rsvp: {
        form: form.id,
        capacity: options.capacity ?? 150,
        deadline:
          options.deadline === null
            ? undefined
            : (options.deadline ?? new Date(startsAt.getTime() - DAY)).toISOString(),
      },
      _status: 'published',
    } as never,
  })
  return { eventId: event.id, formId: form.id, contactEmail }
}

export const answers = (overrides: Record<string, unknown> = {}) => {
  const base: Record<string, unknown> = {
    firstName: 'Camille',
    lastName: 'Martin',
    email: 'camille.martin@exemple.fr',
    organisation: 'École Jean Jaurès',
    role: 'enseignant',
    attendees: '1',
    consent: 'true',
    ...overrides,
  }
  return Object.entries(base)
    .filter(([, value]) => value !== undefined)
    .map(([field, value]) => ({ field, value }))
}
