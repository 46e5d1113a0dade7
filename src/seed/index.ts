import type { Payload } from 'payload'

import { ensureDevAccount } from './devAccount'
import { seedEvents } from './events'
import { seedNetwork } from './network'
import { seedRelease, seedSiteSettings } from './release'
import { describeReport, type SeedReport } from './upsert'

export type SeedOptions = {
  /** Shift every date of the General Assembly by this many whole weeks (rehearsal of the RSVP). */
  shiftWeeks?: number
}

/**
 * The content of the press release of 1 June 2026. Idempotent: every document is looked up by a natural
 * key (slug, e-mail, title) and written only when it differs, so a second run changes nothing.
 */
export async function seed(payload: Payload, options: SeedOptions = {}): Promise<SeedReport> {
  const shiftWeeks = options.shiftWeeks ?? 0
  if (!Number.isInteger(shiftWeeks)) throw new Error('shiftWeeks doit être un nombre entier de semaines.')
  const report: SeedReport = new Map()
  const network = await seedNetwork(payload, report)
  const events = await seedEvents(payload, report, network, shiftWeeks)
  await seedRelease(payload, report, network, events)
  await seedSiteSettings(payload, report, network)
  await ensureDevAccount(payload)
  const rehearsal = shiftWeeks ? ` ; AG décalée de ${shiftWeeks} semaine(s) (répétition)` : ''
  payload.logger.info(`Contenu de démonstration : ${describeReport(report)}${rehearsal}`)
  return report
}
