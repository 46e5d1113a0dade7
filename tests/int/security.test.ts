import fs from 'node:fs'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import sharp from 'sharp'

let payload: Payload

beforeAll(async () => {
  payload = await getPayload({ config })
  // The first account becomes admin: create it so the accounts below keep the role they ask for.
  await payload.create({ collection: 'users', data: { email: 'admin@security.occe.test', password: 'mot-de-passe-administrateur', role: 'admin' } })
})

afterAll(async () => {
  await payload.destroy()
})

const mediaFiles = () => (fs.existsSync(process.env.MEDIA_DIR!) ? fs.readdirSync(process.env.MEDIA_DIR!).sort() : [])
const file = (data: Buffer, name: string, mimetype: string) => ({ data, name, mimetype, size: data.length })
const image = (format: 'jpeg' | 'png' | 'webp' | 'avif') =>
  sharp({ create: { width: 64, height: 48, channels: 3, background: '#c33' } })
    .toFormat(format)
    .toBuffer()
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 10 10]>>endobj\nxref\n0 4\ntrailer<</Size 4/Root 1 0 R>>\nstartxref\n0\n%%EOF\n',
)

/** Runs a refused upload and checks that neither a document nor a file was left behind. */
async function expectRefused(upload: ReturnType<typeof file>, message: RegExp) {
  const before = { docs: (await payload.count({ collection: 'media' })).totalDocs, files: mediaFiles() }
  const error = await payload
    .create({ collection: 'media', data: { alt: 'Refusé' }, file: upload })
    .then(() => null, (e: unknown) => e as Error)
  expect(error?.message).toMatch(message)
  expect((await payload.count({ collection: 'media' })).totalDocs).toBe(before.docs)
  expect(mediaFiles()).toEqual(before.files)
}

describe('media uploads', () => {
  it('accepts JPEG, PNG, WebP, AVIF and PDF', async () => {
    for (const format of ['jpeg', 'png', 'webp', 'avif'] as const) {
      const doc = await payload.create({
        collection: 'media',
        data: { alt: `Image ${format}` },
        file: file(await image(format), `image-${format}.${format}`, `image/${format}`),
      })
      expect(doc.mimeType).toBe(`image/${format}`)
      expect(doc.width).toBe(64)
    }
    const pdf = await payload.create({ collection: 'media', data: { alt: 'Document' }, file: file(PDF, 'programme.pdf', 'application/pdf') })
    expect(pdf.mimeType).toBe('application/pdf')
  })

  it('trusts the content, not the name: a PNG named .jpg is stored as PNG', async () => {
    const doc = await payload.create({
      collection: 'media',
      data: { alt: 'Mal nommée' },
      file: file(await image('png'), 'photo.jpg', 'image/jpeg'),
    })
    expect(doc.mimeType).toBe('image/png')
    expect(doc.filename).toBe('photo.png')
  })

  it('refuses SVG, even named .png', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="1" height="1"/></svg>')
    await expectRefused(file(svg, 'logo.svg', 'image/svg+xml'), /SVG sont refusées/)
    await expectRefused(file(svg, 'logo.png', 'image/png'), /SVG sont refusées/)
  })

  it('refuses HTML, scripts and other types disguised as images or PDF', async () => {
    await expectRefused(file(Buffer.from('<html><script>alert(1)</script></html>'), 'page.jpg', 'image/jpeg'), /Type de fichier refusé/)
    await expectRefused(file(Buffer.from('MZ\x90\x00binary'), 'document.pdf', 'application/pdf'), /Type de fichier refusé/)
    await expectRefused(file(Buffer.from('GIF89a\x01\x00\x01\x00'), 'anim.gif', 'image/gif'), /Type de fichier refusé/)
  })

  it('refuses files over 10 MB', async () => {
    const png = await image('png')
    const big = Buffer.concat([png, Buffer.alloc(10 * 1024 * 1024)])
    await expectRefused(file(big, 'enorme.png', 'image/png'), /trop volumineux : 10 Mo/)
  })
})

const tooShort = {
  data: { errors: [{ path: 'password', message: 'Le mot de passe doit contenir au moins 12 caractères.' }] },
}

describe('staff passwords', () => {
  it('refuses a password under 12 characters on creation, update and reset, in French', async () => {
    const short = () =>
      payload.create({ collection: 'users', data: { email: 'court@security.occe.test', password: 'trop-court', role: 'editor' } })
    await expect(short()).rejects.toMatchObject(tooShort)
    expect((await payload.count({ collection: 'users', where: { email: { equals: 'court@security.occe.test' } } })).totalDocs).toBe(0)

    const user = await payload.create({
      collection: 'users',
      data: { email: 'long@security.occe.test', password: 'une-phrase-de-passe-longue', role: 'editor' },
    })
    await expect(payload.update({ collection: 'users', id: user.id, data: { password: 'abc' } })).rejects.toMatchObject(tooShort)
    // The old password still works: nothing was changed.
    await expect(payload.login({ collection: 'users', data: { email: 'long@security.occe.test', password: 'une-phrase-de-passe-longue' } })).resolves.toHaveProperty('token')
    // Other fields can change without touching the password.
    await expect(payload.update({ collection: 'users', id: user.id, data: { name: 'Camille' } })).resolves.toHaveProperty('name', 'Camille')

    const token = await payload.forgotPassword({ collection: 'users', data: { email: 'long@security.occe.test' }, disableEmail: true })
    await expect(payload.resetPassword({ collection: 'users', data: { token, password: 'court' }, overrideAccess: true })).rejects.toMatchObject(tooShort)
    await expect(
      payload.resetPassword({ collection: 'users', data: { token, password: 'une-autre-phrase-assez-longue' }, overrideAccess: true }),
    ).resolves.toHaveProperty('token')
  })
})
