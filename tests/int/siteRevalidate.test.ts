import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

import type { NewsRelease } from '../../src/payload-types'

let payload: Payload

beforeAll(async () => {
  payload = await getPayload({ config })
})

afterAll(async () => {
  await payload.destroy()
})

const body: NewsRelease['body'] = { root: { type: 'root', direction: null, format: '', indent: 0, version: 1, children: [{ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, children: [{ type: 'text', version: 1, text: 'Texte.', detail: 0, format: 0, mode: 'normal', style: '' }] }] } }

/**
 * Outside a Next request (here, Jest; elsewhere the seed script or the jobs runner) the revalidation
 * hooks must let every write through, without a warning for the expected "no request" case.
 */
describe('revalidation hooks outside Next', () => {
  it('never fail a create, publish, unpublish, delete or a site-settings change', async () => {
    const warn = jest.spyOn(payload.logger, 'warn')
    const association = await payload.create({
      collection: 'associations',
      data: { name: 'OCCE 99', slug: 'occe-99', level: 'federation' },
    })
    const release = await payload.create({
      collection: 'news-releases',
      data: { title: 'Essai', slug: 'essai', dateline: { place: 'Paris', date: '2026-11-20T12:00:00.000Z' }, body, association: association.id, _status: 'published' },
    })
    const unpublished = await payload.update({ collection: 'news-releases', id: release.id, data: { _status: 'draft' } })
    expect(unpublished._status).toBe('draft')
    await payload.delete({ collection: 'news-releases', id: release.id })
    await payload.updateGlobal({ slug: 'site-settings', data: { tagline: 'Pour une coopération dès l’école' } })
    await payload.delete({ collection: 'associations', id: association.id })
    expect(warn.mock.calls.filter(([arg]) => JSON.stringify(arg).includes('Revalidation'))).toEqual([])
  })

  it('are skipped when the caller asks for it', async () => {
    const association = await payload.create({
      collection: 'associations',
      data: { name: 'OCCE 98', slug: 'occe-98', level: 'federation' },
      context: { disableRevalidate: true },
    })
    expect(association.slug).toBe('occe-98')
  })
})
