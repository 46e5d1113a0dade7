/** How full an event is, in the words shown on its public page and in the staff's registration panel. */
export type Occupancy = { capacity?: number | null; confirmed?: number | null; waiting?: number | null }

export function placesLeft({ capacity, confirmed }: Occupancy): number | undefined {
  if (!capacity || capacity <= 0) return undefined
  return Math.max(capacity - (confirmed ?? 0), 0)
}

/** « 12 places restantes sur 50 », « 1 place restante sur 50 », « complet — liste d’attente ouverte »; '' without a capacity. */
export function placesLeftText(occupancy: Occupancy): string {
  const left = placesLeft(occupancy)
  if (left === undefined) return ''
  // Someone already waits: a freed seat goes to them, not to a newcomer.
  if (left === 0 || (occupancy.waiting ?? 0) > 0) return 'complet — liste d’attente ouverte'
  return `${left} place${left > 1 ? 's' : ''} restante${left > 1 ? 's' : ''} sur ${occupancy.capacity}`
}

type FormReader = {
  findByID: (args: {
    collection: 'forms'
    id: string | number
    depth: 0
    overrideAccess: true
    select: Record<string, true>
  }) => Promise<{ seatsConfirmed?: number | null; seatsWaiting?: number | null }>
}

/**
 * The event's occupancy from its form's seat counters. Counters are private fields (staff only), so they
 * are read on the server with access overridden; only the resulting sentence reaches the page.
 */
export async function eventOccupancy(
  payload: FormReader,
  event: { rsvp?: { form?: unknown; capacity?: number | null } | null },
): Promise<Occupancy> {
  const form = event.rsvp?.form
  const id =
    form && typeof form === 'object'
      ? (form as { id: string | number }).id
      : (form as string | number | null | undefined)
  if (id === undefined || id === null) return { capacity: event.rsvp?.capacity }
  const counters = await payload
    .findByID({
      collection: 'forms',
      id,
      depth: 0,
      overrideAccess: true,
      select: { seatsConfirmed: true, seatsWaiting: true },
    })
    .catch(() => ({ seatsConfirmed: 0, seatsWaiting: 0 }))
  return { capacity: event.rsvp?.capacity, confirmed: counters.seatsConfirmed, waiting: counters.seatsWaiting }
}
