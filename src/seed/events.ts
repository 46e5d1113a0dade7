/** The national General Assembly in Niort, its opening ceremony and the ceremony's RSVP form. */
import type { Payload } from 'payload'

import { PARIS } from '../dates/timezones'
import { rsvpFormFields } from '../rsvp/rules/formDefinition'
import { paragraph, richText } from './lexical'
import type { Network } from './network'
import { parisTime } from './parisTime'
import { AG_CONTEXT, AG_SUMMARY, CEREMONY_SUMMARY, rsvpConfirmation } from './texts'
import { type SeedReport, upsert } from './upsert'

type Id = number | string

export const AG_SLUG = 'assemblee-generale-nationale-2026'
export const CEREMONY_SLUG = 'ceremonie-d-ouverture-ag-nationale-2026'
export const RSVP_FORM_TITLE = "Inscription – Cérémonie d'ouverture de l'AG nationale"

/** Paris wall-clock facts of the release; a rehearsal moves them all by the same whole weeks. */
export const agDates = (shiftWeeks = 0) => ({
  // "Du 3 au 6 juin": days without announced times.
  agStart: parisTime('2026-06-03', '00:00', shiftWeeks),
  agEnd: parisTime('2026-06-06', '23:59', shiftWeeks),
  // "le 4 juin matin 9h", "(9h-10h30)".
  ceremonyStart: parisTime('2026-06-04', '09:00', shiftWeeks),
  ceremonyEnd: parisTime('2026-06-04', '10:30', shiftWeeks),
  // "confirmer votre présence avant le 4 juin": closes as 4 June begins in Paris.
  rsvpDeadline: parisTime('2026-06-04', '00:00', shiftWeeks),
})

export type Events = { ag: Id; ceremony: Id; form: Id }

export async function seedEvents(
  payload: Payload,
  report: SeedReport,
  network: Network,
  shiftWeeks: number,
): Promise<Events> {
  const dates = agDates(shiftWeeks)

  const form = await upsert(
    payload,
    report,
    'forms',
    { title: { equals: RSVP_FORM_TITLE } },
    {
      title: RSVP_FORM_TITLE,
      fields: rsvpFormFields.map((field) => ({ ...field })) as never,
      submitButtonLabel: 'Confirmer ma présence',
      confirmationType: 'message',
      confirmationMessage: rsvpConfirmation(),
      emails: [],
    },
  )

  const ag = await upsert(
    payload,
    report,
    'events',
    { slug: { equals: AG_SLUG } },
    {
      title: "Assemblée Générale Nationale de l'OCCE",
      slug: AG_SLUG,
      startsAt: dates.agStart,
      startsAt_tz: PARIS,
      endsAt: dates.agEnd,
      endsAt_tz: PARIS,
      allDay: true,
      summary: AG_SUMMARY,
      body: richText(paragraph(AG_CONTEXT)),
      venue: { city: 'Niort' },
      organiser: network.occe79 as number,
      expectedParticipants: 200,
      programme: [
        { title: 'Groupes de travail' },
        { title: 'Temps de plénière' },
        { title: 'Découverte du territoire des Deux-Sèvres' },
      ],
      contact: network.contact as number,
      _status: 'published',
    },
  )

  const ceremony = await upsert(
    payload,
    report,
    'events',
    { slug: { equals: CEREMONY_SLUG } },
    {
      title: "Cérémonie d'ouverture de l'Assemblée Générale Nationale",
      slug: CEREMONY_SLUG,
      startsAt: dates.ceremonyStart,
      startsAt_tz: PARIS,
      endsAt: dates.ceremonyEnd,
      endsAt_tz: PARIS,
      allDay: false,
      summary: CEREMONY_SUMMARY,
      venue: { name: 'Le Dôme', city: 'Niort' },
      organiser: network.occe79 as number,
      parent: ag as number,
      programme: [
        { title: "En présence des élu.es locaux et des représentant.es de l'Education Nationale" },
        {
          title: 'Un temps récréatif',
          description: "Un temps récréatif où sera présent le travail d'une classe Théa en CM2 d'Echiré.",
        },
      ],
      rsvp: { form: form as number, deadline: dates.rsvpDeadline, deadline_tz: PARIS, capacity: null },
      contact: network.contact as number,
      _status: 'published',
    },
  )

  return { ag, ceremony, form }
}
