import type { Payload } from 'payload'

import { ensureDevAccount } from './devAccount'

export type SeedOptions = {
  /** Shift every date of the General Assembly by this many whole weeks (rehearsal of the RSVP). */
  shiftWeeks?: number
}

/** Idempotent: every step looks its document up by a natural key before creating it. */
export async function seed(payload: Payload, options: SeedOptions = {}): Promise<void> {
  void options
  await ensureDevAccount(payload)
}
