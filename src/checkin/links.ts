/** Where check-in lives on the site (French paths). */
import type { Payload } from 'payload'

import { siteUrl } from '../data/paths'
import { checkinToken } from './token'

export const entryPath = (token: string) => `/entree/${token}`
export const doorPath = (eventId: string | number) => `/pointage/${encodeURIComponent(String(eventId))}`
export const sheetPath = (eventId: string | number) => `${doorPath(eventId)}/emargement`
export const CHECKIN_API = '/api/checkin'
export const countsApi = (eventId: string | number) =>
  `${CHECKIN_API}/counts?event=${encodeURIComponent(String(eventId))}`

/** The absolute link a guest's QR code encodes. */
export const entryUrl = (payload: Payload, registrationId: string | number) =>
  `${siteUrl()}${entryPath(checkinToken(payload.secret, registrationId))}`
