/**
 * The figures at the door and after the event, in people (a registration can bring up to ten):
 * expected = confirmed people; present = people checked in (a waiting-list guest let in counts too);
 * still to come = confirmed people not checked in, which after the event is the no-show count.
 */
import type { Payload } from 'payload'

import { SUBMISSIONS } from '../rsvp/contract'

export type Attendance = {
  expected: number
  present: number
  toCome: number
  waiting: number
  registrations: { expected: number; present: number; toCome: number }
}

type Row = { status?: string | null; attendees?: number | null; attended?: boolean | null; checkedInAt?: string | null }

export function countAttendance(rows: Row[]): Attendance {
  const result: Attendance = {
    expected: 0,
    present: 0,
    toCome: 0,
    waiting: 0,
    registrations: { expected: 0, present: 0, toCome: 0 },
  }
  for (const row of rows) {
    const people = Number(row.attendees ?? 1)
    const here = Boolean(row.attended || row.checkedInAt)
    if (row.status !== 'confirmed' && row.status !== 'waiting') continue
    if (here) {
      result.present += people
      result.registrations.present++
    }
    if (row.status === 'confirmed') {
      result.expected += people
      result.registrations.expected++
      if (!here) {
        result.toCome += people
        result.registrations.toCome++
      }
    } else if (!here) result.waiting += people
  }
  return result
}

/** Counted from the registrations themselves (cheap: a few columns of a few hundred rows), on either database. */
export async function attendanceOf(payload: Payload, eventId: string | number): Promise<Attendance> {
  const { docs } = await payload.find({
    collection: SUBMISSIONS,
    where: { event: { equals: eventId } },
    select: { status: true, attendees: true, attended: true, checkedInAt: true },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return countAttendance(docs as Row[])
}
