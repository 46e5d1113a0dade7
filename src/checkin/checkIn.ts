/** « Marquer présent », from the QR link or from the door page: who may, and what happened. */
import type { Payload } from 'payload'

import { formatShortDate, formatTime } from '../dates/format'
import { mayCheckIn, staffName } from './access'
import { type Entry, liveRegistration, NOT_YOURS_MESSAGE, registrationForCode, SIGN_IN_MESSAGE } from './registrations'
import { markPresent } from './store'

export const INVALID_CODE = 'Ce code d’entrée n’est pas valable : inscription inconnue, annulée ou effacée.'

export type CheckInOutcome =
  { ok: true; recorded: boolean; entry: Entry } | { ok: false; status: 401 | 403 | 404; message: string }

/** Finds the registration (by entry code or, on the door page, by id) that this member of staff may see. */
export async function entryForStaff(
  payload: Payload,
  user: unknown,
  target: { code?: unknown; registrationId?: unknown },
) {
  // A stranger learns nothing, not even whether the code exists.
  if (!user) return { ok: false, status: 401, message: SIGN_IN_MESSAGE } as const
  const entry =
    target.code !== undefined
      ? await registrationForCode(payload, target.code)
      : await liveRegistration(payload, target.registrationId)
  if (!entry) return { ok: false, status: 404, message: INVALID_CODE } as const
  if (!mayCheckIn(user, entry.owner)) return { ok: false, status: 403, message: NOT_YOURS_MESSAGE } as const
  return { ok: true, entry } as const
}

export async function checkIn(
  payload: Payload,
  user: unknown,
  target: { code?: unknown; registrationId?: unknown },
): Promise<CheckInOutcome> {
  const found = await entryForStaff(payload, user, target)
  if (!found.ok) return found
  const recorded = await markPresent(payload, found.entry.guest.id, staffName(user))
  // Read again: the time and name shown are the ones stored, whoever won.
  const entry = (await liveRegistration(payload, found.entry.guest.id)) ?? found.entry
  return { ok: true, recorded, entry }
}

/** « à 9 h 02 par Marie Dupont », with the date when it was not today (Paris time, 24-hour clock). */
export function arrivalText(guest: { checkedInAt?: string; checkedInBy?: string }, now: Date = new Date()): string {
  if (!guest.checkedInAt) return ''
  const at = new Date(guest.checkedInAt)
  const day = formatShortDate(at) === formatShortDate(now) ? '' : `le ${formatShortDate(at)} `
  return `${day}à ${formatTime(at)}${guest.checkedInBy ? ` par ${guest.checkedInBy}` : ''}`
}
