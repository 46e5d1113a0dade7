/** The signed-in member of staff behind a page request, and the event whose door they may keep. */
import config from '@payload-config'
import { headers } from 'next/headers'
import { getPayload } from 'payload'

import { eventForStaff } from './registrations'

export async function staffRequest() {
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: await headers() })
  return { payload, user }
}

export async function doorRequest(eventId: string) {
  const { payload, user } = await staffRequest()
  return { payload, user, found: await eventForStaff(payload, user, eventId) }
}
