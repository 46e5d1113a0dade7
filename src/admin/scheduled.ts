/** Publications waiting in Payload's job queue (« Programmer la publication »), per document. */
import type { Payload } from 'payload'

import { inScope, type PublishedCollection, PUBLISHED_COLLECTIONS, scopeWhere } from './scope'

export type Scheduled = {
  collection: PublishedCollection
  id: string
  type: 'publish' | 'unpublish'
  at: string
  title: string
}

type JobInput = { type?: string; doc?: { relationTo?: string; value?: string | number } }

/** Upcoming scheduled publications (and withdrawals) of the documents this user looks after, soonest first. */
export async function upcomingSchedules(
  payload: Payload,
  user: unknown,
  filter?: { collection: PublishedCollection; ids: (string | number)[] },
): Promise<Scheduled[]> {
  const jobs = await payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: 'schedulePublish' } },
        { waitUntil: { greater_than: new Date().toISOString() } },
        { completedAt: { exists: false } },
        ...(filter ? [{ 'input.doc.relationTo': { equals: filter.collection } }] : []),
      ],
    },
    sort: 'waitUntil',
    limit: 200,
    depth: 0,
    overrideAccess: true,
  })
  const wanted = filter ? new Set(filter.ids.map(String)) : undefined
  const byCollection = new Map<PublishedCollection, { id: string; type: 'publish' | 'unpublish'; at: string }[]>()
  for (const job of jobs.docs) {
    const input = (job.input ?? {}) as JobInput
    const collection = input.doc?.relationTo as PublishedCollection | undefined
    if (!collection || !(collection in PUBLISHED_COLLECTIONS) || input.doc?.value === undefined) continue
    const id = String(input.doc.value)
    if (wanted && !wanted.has(id)) continue
    const list = byCollection.get(collection) ?? []
    list.push({ id, type: input.type === 'unpublish' ? 'unpublish' : 'publish', at: String(job.waitUntil) })
    byCollection.set(collection, list)
  }
  const result: Scheduled[] = []
  for (const [collection, items] of byCollection) {
    const scope = scopeWhere(user, collection)
    if (!scope) continue
    const docs = await payload.find({
      collection,
      where: inScope({ id: { in: items.map((i) => i.id) } }, scope),
      draft: true,
      depth: 0,
      limit: items.length,
      overrideAccess: true,
      select: { title: true },
    })
    const titles = new Map(docs.docs.map((d) => [String(d.id), (d as { title?: string }).title ?? '']))
    for (const item of items) if (titles.has(item.id)) result.push({ collection, ...item, title: titles.get(item.id)! })
  }
  return result.sort((a, b) => a.at.localeCompare(b.at))
}
