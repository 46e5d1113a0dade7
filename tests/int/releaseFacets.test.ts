/**
 * The filters of /communiques (issuing associations, Paris years) on both database legs. On the MongoDB
 * leg this is what failed with Payload's `findDistinct` ($unwind with preserveNullAndEmptyArrays is not
 * implemented by FerretDB): the facets must use only queries every MongoDB-compatible server answers.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

import { readReleaseFacets } from '../../src/data/releases'
import { paragraphs } from '../setup/richText'

let payload: Payload

beforeAll(async () => {
  payload = await getPayload({ config })
})

afterAll(async () => {
  await payload.destroy()
})

const body = paragraphs('Texte.')
const context = { disableRevalidate: true }

describe('release facets', () => {
  it('offer the associations and Paris years of published releases only', async () => {
    const association = (name: string, slug: string) =>
      payload.create({ collection: 'associations', data: { name, slug, level: 'union' }, context })
    const [nord, sud, silent] = await Promise.all([
      association('Union Nord', 'union-nord'),
      association('Union Sud', 'union-sud'),
      association('Union Muette', 'union-muette'),
    ])
    const release = (slug: string, date: string, issuer: number, status: 'published' | 'draft') =>
      payload.create({
        collection: 'news-releases',
        data: { title: slug, slug, dateline: { place: 'Niort', date }, body, association: issuer, _status: status },
        draft: status === 'draft',
        context,
      })

    expect(await readReleaseFacets(payload)).toEqual({ associationIds: [], years: [] })

    // 31 Dec 2023 23:30 UTC is 1 January 2024 in Paris; 2019 and the silent union only have drafts.
    await release('nord-2024', '2023-12-31T23:30:00.000Z', nord.id, 'published')
    await release('nord-2026', '2026-06-01T10:00:00.000Z', nord.id, 'published')
    await release('sud-2021', '2021-03-01T10:00:00.000Z', sud.id, 'published')
    await release('muette-brouillon', '2019-05-01T10:00:00.000Z', silent.id, 'draft')
    // A release whose association is deleted afterwards (SQLite: null; MongoDB: an id of nothing).
    const gone = await association('Union Dissoute', 'union-dissoute')
    await release('dissoute-2022', '2022-05-01T10:00:00.000Z', gone.id, 'published')
    await payload.delete({ collection: 'associations', id: gone.id, context })

    const facets = await readReleaseFacets(payload)
    expect(facets.years).toEqual([2026, 2024, 2022, 2021])
    const live = facets.associationIds.map(String).filter((id) => id !== String(gone.id))
    expect(live.sort()).toEqual([nord.id, sud.id].map(String).sort())
  })
})
