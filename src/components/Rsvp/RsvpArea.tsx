import type { Event } from '@/payload-types'

/** Placeholder until the RSVP work lands: tells whether registrations are open. */
export function RsvpArea({ event, now = new Date() }: { event: Event; now?: Date }) {
  if (!event.rsvp?.form) return null
  const deadline = event.rsvp.deadline ? new Date(event.rsvp.deadline) : new Date(event.startsAt)
  const closed = now >= deadline || now >= new Date(event.startsAt)
  return (
    <section aria-labelledby="inscription">
      <h2 id="inscription">Inscription</h2>
      {closed ? <p>Les inscriptions sont closes.</p> : <p>Les inscriptions sont ouvertes.</p>}
    </section>
  )
}
