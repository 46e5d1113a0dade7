import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import sharp from 'sharp'

let payload: Payload

beforeAll(async () => {
  payload = await getPayload({ config })
})

afterAll(async () => {
  await payload.destroy()
})

describe('Payload on the chosen database', () => {
  it('runs on the adapter DATABASE_URI asks for', () => {
    const expected = process.env.DATABASE_URI ? 'mongoose' : 'sqlite'
    expect(payload.db.name).toBe(expected)
  })

  it('round-trips a staff account, and the first account becomes admin', async () => {
    const created = await payload.create({
      collection: 'users',
      data: { email: 'premiere@occe.test', password: 'un-mot-de-passe-solide', role: 'editor' },
    })
    expect(typeof created.id === 'string' || typeof created.id === 'number').toBe(true)
    const found = await payload.findByID({ collection: 'users', id: created.id })
    expect(found.email).toBe('premiere@occe.test')
    expect(found.role).toBe('admin')

    const second = await payload.create({
      collection: 'users',
      data: { email: 'seconde@occe.test', password: 'un-mot-de-passe-solide', role: 'editor' },
    })
    expect(second.role).toBe('editor')
    const login = await payload.login({
      collection: 'users',
      data: { email: 'seconde@occe.test', password: 'un-mot-de-passe-solide' },
    })
    expect(login.token).toBeTruthy()
  })

  it('processes uploaded images with sharp into WebP sizes', async () => {
    const png = await sharp({
      create: { width: 1200, height: 800, channels: 3, background: { r: 0, g: 90, b: 140 } },
    })
      .png()
      .toBuffer()
    const media = await payload.create({
      collection: 'media',
      data: { alt: 'Un aplat bleu' },
      file: { data: png, mimetype: 'image/png', name: 'aplat.png', size: png.length },
    })
    expect(media.width).toBe(1200)
    expect(media.sizes?.card?.mimeType).toBe('image/webp')
    expect(media.sizes?.card?.width).toBe(768)
    const file = path.join(process.env.MEDIA_DIR!, media.sizes!.card!.filename!)
    const meta = await sharp(fs.readFileSync(file)).metadata()
    expect(meta.format).toBe('webp')
  })

  it('refuses an image without alt text and stores nothing', async () => {
    const png = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#fff' } })
      .png()
      .toBuffer()
    const before = await payload.count({ collection: 'media' })
    await expect(
      payload.create({
        collection: 'media',
        data: {} as never,
        file: { data: png, mimetype: 'image/png', name: 'sans-alt.png', size: png.length },
      }),
    ).rejects.toThrow()
    const after = await payload.count({ collection: 'media' })
    expect(after.totalDocs).toBe(before.totalDocs)
  })
})
