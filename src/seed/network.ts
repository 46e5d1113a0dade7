/** The federation, OCCE 79, the projects the release names and the press contact. */
import type { Payload } from 'payload'

import { FEDERATION_PRESENTATION } from './texts'
import { type SeedReport, upsert } from './upsert'

/** Ids are numbers on SQLite and strings on MongoDB; the generated types say number. */
type Id = number | string

export const FEDERATION_SLUG = 'occe-federation-nationale'
export const OCCE79_SLUG = 'occe-79'
export const CONTACT_EMAIL = 's.courmont@occe.coop'

/** OCCE 79's actions as the release lists them, then the movement's projects it names. */
export const PROJECTS = [
  { slug: 'poesie', title: 'Poésie', runBy: 'occe79' },
  { slug: 'lecture-et-ecriture', title: 'Lecture et écriture', runBy: 'occe79' },
  { slug: 'thea', title: 'Théâtre contemporain coopératif (Théâ)', runBy: 'occe79' },
  { slug: 'mathematiques', title: 'Mathématiques', runBy: 'occe79' },
  {
    slug: 'conseil-d-eleves',
    title: "Conseil d'élèves",
    runBy: 'occe79',
    summary: 'Des actions qui favorisent le climat scolaire.',
  },
  {
    slug: 'messages-clairs',
    title: 'Messages clairs',
    runBy: 'occe79',
    summary: 'Des actions qui favorisent le climat scolaire.',
  },
  { slug: 'preservation-de-l-environnement', title: "Préservation de l'environnement", runBy: 'occe79' },
  { slug: 'agendas-cooperatifs', title: 'Agendas coopératifs', runBy: 'federation' },
  { slug: 'droits-de-l-enfant', title: "Droits de l'enfant", runBy: 'federation' },
] as const

export type Network = { federation: Id; occe79: Id; projects: Id[]; contact: Id }

export async function seedNetwork(payload: Payload, report: SeedReport): Promise<Network> {
  const federation = await upsert(
    payload,
    report,
    'associations',
    { slug: { equals: FEDERATION_SLUG } },
    {
      name: 'OCCE – Fédération nationale',
      fullName: "Fédération nationale de l'Office Central de la Coopération à l'École",
      slug: FEDERATION_SLUG,
      level: 'federation',
      legal: {
        legalForm: 'Association loi 1901',
        publicUtility: true,
        siret: '775 689 078 02379',
        nace: '9499Z',
        approval:
          "agréée au titre des associations complémentaires de l'école par le ministère de l'Education nationale",
        founded: 1928,
      },
      address: { street: '28 rue Jean Lolive', postalCode: '93500', city: 'Pantin' },
      phone: '01 44 14 93 30',
      email: 'federation@occe.coop',
      website: 'https://www.occe.coop',
      figures: { pupils: 5_000_000, cooperatives: 40_000 },
      summary: FEDERATION_PRESENTATION,
    },
  )

  const occe79 = await upsert(
    payload,
    report,
    'associations',
    { slug: { equals: OCCE79_SLUG } },
    {
      name: 'OCCE 79',
      fullName: "Association départementale de l'Office Central de la Coopération à l'École des Deux-Sèvres",
      slug: OCCE79_SLUG,
      level: 'departmental',
      departementCode: '79',
      departementName: 'Deux-Sèvres',
      region: 'nouvelle-aquitaine',
      president: 'Elisabeth Benoist',
      figures: { pupils: 10_000 },
    },
  )

  const runners = { federation, occe79 }
  const projects: Id[] = []
  for (const project of PROJECTS) {
    projects.push(
      await upsert(
        payload,
        report,
        'projects',
        { slug: { equals: project.slug } },
        {
          title: project.title,
          slug: project.slug,
          theme: 'projets-cooperatifs',
          summary: 'summary' in project ? project.summary : null,
          associations: [runners[project.runBy] as number],
          _status: 'published',
        },
      ),
    )
  }

  // The associations' actions point back at the projects, which needed the associations first.
  const actionsOf = (runBy: 'federation' | 'occe79') =>
    PROJECTS.flatMap((project, index) => (project.runBy === runBy ? [projects[index]] : []))
  await upsert(
    payload,
    report,
    'associations',
    { slug: { equals: FEDERATION_SLUG } },
    { actions: actionsOf('federation') as number[] },
  )
  await upsert(
    payload,
    report,
    'associations',
    { slug: { equals: OCCE79_SLUG } },
    { actions: actionsOf('occe79') as number[] },
  )

  const contact = await upsert(
    payload,
    report,
    'contacts',
    { email: { equals: CONTACT_EMAIL } },
    {
      name: 'Sophie Courmont',
      role: 'Responsable communication',
      email: CONTACT_EMAIL,
      phone: '06 04 98 28 92',
      association: federation as number,
    },
  )

  return { federation, occe79, projects, contact }
}
