import type { Metadata } from 'next'

import { EventList } from '@/components/EventList'
import { pageMetadata } from '@/components/metadata'
import { getAllEvents, splitByTime } from '@/data/events'

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata({
    title: 'Événements',
    description: 'Assemblées générales, rencontres et temps forts de l’OCCE et de ses associations départementales.',
    path: '/evenements',
  })
}

export default async function EventsPage() {
  const events = await getAllEvents()
  const { upcoming, past } = splitByTime(events)
  return (
    <>
      <h1>Événements</h1>
      <section aria-labelledby="a-venir">
        <h2 id="a-venir">À venir</h2>
        <EventList events={upcoming} empty="Aucun événement à venir pour le moment." />
      </section>
      <section aria-labelledby="passes">
        <h2 id="passes">Événements passés</h2>
        <EventList events={past} empty="Aucun événement passé." />
      </section>
    </>
  )
}
