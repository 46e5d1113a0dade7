/** The press release itself, its reusable "Mieux connaître l'OCCE" text, and the site's identity. */
import type { Payload } from 'payload'

import { DEFAULT_NAVIGATION } from '../globals/navigation'
import { accessibilityStatementSeed } from './accessibility'
import type { Events } from './events'
import type { Network } from './network'
import {
  BOILERPLATE_TITLE,
  boilerplateBody,
  KEY_FIGURES,
  MISSIONS,
  RELEASE_LEAD,
  RELEASE_TITLE,
  releaseBody,
  TAGLINE,
} from './texts'
import { type SeedReport, upsert, upsertGlobal } from './upsert'

export const RELEASE_SLUG = 'l-occe-79-accueille-l-assemblee-generale-nationale-de-l-occe'

/** Noon in Paris: the release reads 01/06/2026 in every time zone. */
export const RELEASE_DATE = '2026-06-01T10:00:00.000Z'

export async function seedRelease(payload: Payload, report: SeedReport, network: Network, events: Events) {
  const boilerplate = await upsert(
    payload,
    report,
    'boilerplates',
    { title: { equals: BOILERPLATE_TITLE } },
    {
      title: BOILERPLATE_TITLE,
      body: boilerplateBody(),
      association: network.federation as number,
    },
  )

  await upsert(
    payload,
    report,
    'news-releases',
    { slug: { equals: RELEASE_SLUG } },
    {
      title: RELEASE_TITLE,
      slug: RELEASE_SLUG,
      dateline: { place: 'Paris', date: RELEASE_DATE },
      summary: RELEASE_LEAD,
      body: releaseBody(),
      association: network.federation as number,
      events: [events.ag, events.ceremony] as number[],
      projects: network.projects as number[],
      pressContact: network.contact as number,
      boilerplate: boilerplate as number,
      _status: 'published',
    },
  )
}

export async function seedSiteSettings(payload: Payload, report: SeedReport, network: Network) {
  await upsertGlobal(payload, report, 'site-settings', {
    siteName: 'OCCE',
    tagline: TAGLINE,
    federation: network.federation,
    keyFigures: KEY_FIGURES,
    missions: MISSIONS,
    navigation: DEFAULT_NAVIGATION.map((item) => ({ ...item })),
    accessibility: accessibilityStatementSeed(),
  })
}
