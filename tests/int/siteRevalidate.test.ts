import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import type { Payload } from 'payload'

import { paragraphs } from '../setup/richText'

// Next's revalidateTag still runs (and throws outside a request, as in the seed or the jobs runner); the
// wrapper only records which tags the hooks asked to expire.
const nextCache = await import('next/cache')
const revalidateTag = jest.fn((...args: Parameters<typeof nextCache.revalidateTag>) => nextCache.revalidateTag(...args))
jest.unstable_mockModule('next/cache', () => ({ ...nextCache, revalidateTag }))
const { default: config } = await import('@payload-config')
const { getPayload } = await import('payload')

let payload: Payload
const askedTags = () => revalidateTag.mock.calls.map(([tag]) => tag)

beforeEach(() => {
  revalidateTag.mockClear()
})

beforeAll(async () => {
  payload = await getPayload({ config })
})

afterAll(async () => {
  await payload.destroy()
})

const body = paragraphs('Texte.')

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
      data: {
        title: 'Essai',
        slug: 'essai',
        dateline: { place: 'Paris', date: '2026-11-20T12:00:00.000Z' },
        body,
        association: association.id,
        _status: 'published',
      },
    })
    const unpublished = await payload.update({
      collection: 'news-releases',
      id: release.id,
      data: { _status: 'draft' },
    })
    expect(unpublished._status).toBe('draft')
    await payload.delete({ collection: 'news-releases', id: release.id })
    await payload.updateGlobal({ slug: 'site-settings', data: { tagline: 'Pour une coopération dès l’école' } })
    await payload.delete({ collection: 'associations', id: association.id })
    expect(warn.mock.calls.filter(([arg]) => JSON.stringify(arg).includes('Revalidation'))).toEqual([])
  })

  it('are skipped when the caller asks for it', async () => {
    await payload.create({
      collection: 'associations',
      data: { name: 'OCCE 97', slug: 'occe-97', level: 'federation' },
    })
    expect(askedTags()).toContain('occe:associations')

    revalidateTag.mockClear()
    const association = await payload.create({
      collection: 'associations',
      data: { name: 'OCCE 98', slug: 'occe-98', level: 'federation' },
      context: { disableRevalidate: true },
    })
    await payload.update({
      collection: 'associations',
      id: association.id,
      data: { name: 'OCCE 98 bis' },
      context: { disableRevalidate: true },
    })
    await payload.delete({ collection: 'associations', id: association.id, context: { disableRevalidate: true } })
    expect(askedTags()).toEqual([])
  })
})
