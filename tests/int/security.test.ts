import fs from 'node:fs'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import sharp from 'sharp'

import { richText, text } from '../setup/richText'
import { refusal } from './refusal'

let payload: Payload

beforeAll(async () => {
  payload = await getPayload({ config })
  // The first account becomes admin: create it so the accounts below keep the role they ask for.
  await payload.create({
    collection: 'users',
    data: { email: 'admin@security.occe.test', password: 'mot-de-passe-administrateur', role: 'admin' },
  })
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
  const error = await payload.create({ collection: 'media', data: { alt: 'Refusé' }, file: upload }).then(
    () => null,
    (e: unknown) => e as Error,
  )
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
    const pdf = await payload.create({
      collection: 'media',
      data: { alt: 'Document' },
      file: file(PDF, 'programme.pdf', 'application/pdf'),
    })
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
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="1" height="1"/></svg>',
    )
    await expectRefused(file(svg, 'logo.svg', 'image/svg+xml'), /SVG sont refusées/)
    await expectRefused(file(svg, 'logo.png', 'image/png'), /SVG sont refusées/)
  })

  it('refuses HTML, scripts and other types disguised as images or PDF', async () => {
    await expectRefused(
      file(Buffer.from('<html><script>alert(1)</script></html>'), 'page.jpg', 'image/jpeg'),
      /Type de fichier refusé/,
    )
    await expectRefused(
      file(Buffer.from('MZ\x90\x00binary'), 'document.pdf', 'application/pdf'),
      /Type de fichier refusé/,
    )
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
      payload.create({
        collection: 'users',
        data: { email: 'court@security.occe.test', password: 'trop-court', role: 'editor' },
      })
    await expect(short()).rejects.toMatchObject(tooShort)
    expect(
      (await payload.count({ collection: 'users', where: { email: { equals: 'court@security.occe.test' } } }))
        .totalDocs,
    ).toBe(0)

    const user = await payload.create({
      collection: 'users',
      data: { email: 'long@security.occe.test', password: 'une-phrase-de-passe-longue', role: 'editor' },
    })
    await expect(payload.update({ collection: 'users', id: user.id, data: { password: 'abc' } })).rejects.toMatchObject(
      tooShort,
    )
    // The old password still works: nothing was changed.
    await expect(
      payload.login({
        collection: 'users',
        data: { email: 'long@security.occe.test', password: 'une-phrase-de-passe-longue' },
      }),
    ).resolves.toHaveProperty('token')
    // Other fields can change without touching the password.
    await expect(
      payload.update({ collection: 'users', id: user.id, data: { name: 'Camille' } }),
    ).resolves.toHaveProperty('name', 'Camille')

    const token = await payload.forgotPassword({
      collection: 'users',
      data: { email: 'long@security.occe.test' },
      disableEmail: true,
    })
    await expect(
      payload.resetPassword({ collection: 'users', data: { token, password: 'court' }, overrideAccess: true }),
    ).rejects.toMatchObject(tooShort)
    await expect(
      payload.resetPassword({
        collection: 'users',
        data: { token, password: 'une-autre-phrase-assez-longue' },
        overrideAccess: true,
      }),
    ).resolves.toHaveProperty('token')
  })
})

// ───────────────────────────── issue 11: outside review ─────────────────────────────

const DAY = 86_400_000
let ids: Record<string, string | number> = {}
const staff: Record<string, Record<string, unknown>> = {}

const link = (url: string) => ({
  type: 'link',
  version: 3,
  format: '',
  indent: 0,
  direction: 'ltr',
  fields: { linkType: 'custom', url, newTab: false },
  children: [text('un lien')],
})

describe('issue 11', () => {
  beforeAll(async () => {
    ids = {
      ad79: (
        await payload.create({
          collection: 'associations',
          data: { name: 'OCCE 79 sécurité', level: 'departmental', departementCode: '79' } as never,
        })
      ).id,
      ad86: (
        await payload.create({
          collection: 'associations',
          data: { name: 'OCCE 86 sécurité', level: 'departmental', departementCode: '86' } as never,
        })
      ).id,
    }
    for (const [name, association] of [
      ['ad79', ids.ad79],
      ['ad86', ids.ad86],
    ] as const) {
      const user = await payload.create({
        collection: 'users',
        data: {
          email: `${name}@security.occe.test`,
          password: 'mot-de-passe-securite',
          role: 'ad-editor',
          association,
        } as never,
        depth: 0,
      })
      staff[name] = { ...user, collection: 'users' }
    }
  })

  const eventData = (title: string, extra: Record<string, unknown> = {}) => ({
    title,
    startsAt: new Date(Date.now() + 30 * DAY).toISOString(),
    endsAt: new Date(Date.now() + 30 * DAY + 3_600_000).toISOString(),
    organiser: ids.ad79,
    ...extra,
  })

  describe('2. line breaks and calendars', () => {
    const ATTACK = 'T\r\nATTENDEE:mailto:evil@x.y'

    it('refuses CR/LF in titles and every single-line text field, in French, storing nothing', async () => {
      const before = (await payload.count({ collection: 'events' })).totalDocs
      expect(await refusal(payload.create({ collection: 'events', data: eventData(ATTACK) as never }))).toMatch(
        /seule ligne/,
      )
      expect(
        await refusal(
          payload.create({
            collection: 'events',
            data: eventData('Sans souci', { venue: { name: 'Le Dôme\nX-EVIL:1' } }) as never,
          }),
        ),
      ).toMatch(/seule ligne/)
      expect(
        await refusal(
          payload.create({
            collection: 'events',
            data: eventData('Programme', { programme: [{ title: 'Accueil\r\nATTENDEE:x' }] }) as never,
          }),
        ),
      ).toMatch(/seule ligne/)
      expect((await payload.count({ collection: 'events' })).totalDocs).toBe(before)
      expect(
        await refusal(
          payload.create({ collection: 'associations', data: { name: 'OCCE\n17', level: 'union' } as never }),
        ),
      ).toMatch(/seule ligne/)
      expect(
        await refusal(
          payload.create({
            collection: 'contacts',
            data: { name: 'Sophie\rCourmont', email: 'sophie@occe.test', association: ids.ad79 } as never,
          }),
        ),
      ).toMatch(/seule ligne/)
      expect(
        await refusal(
          payload.create({
            collection: 'forms',
            data: {
              title: 'Formulaire',
              confirmationType: 'message',
              confirmationMessage: richText([text('Merci')]),
              fields: [{ blockType: 'text', name: 'note', label: 'Note\nATTENDEE:x' }],
            } as never,
          }),
        ),
      ).toMatch(/seule ligne/)
      // Multi-line fields still take line breaks.
      const event = await payload.create({
        collection: 'events',
        data: eventData('Résumé sur deux lignes', { summary: 'Première ligne.\nSeconde ligne.' }) as never,
      })
      expect(event.summary).toBe('Première ligne.\nSeconde ligne.')
    })

    it('escapes every calendar property, even for text stored before the rule', async () => {
      const { eventCalendar, eventIcs } = await import('../../src/calendar/ics')
      const ics = eventIcs({
        id: 'x\r\nATTENDEE:mailto:a@x.y',
        title: ATTACK,
        startsAt: '2026-12-03T08:00:00Z',
        summary: 'Résumé\r\nATTENDEE:b',
        venue: { name: 'Dôme\r\nATTENDEE:c' },
        url: 'https://occe.test/\r\nATTENDEE:d',
      })
      const page = eventCalendar(
        {
          uid: '1@occe.test',
          title: ATTACK,
          start: new Date(),
          end: new Date(),
          organizer: { name: 'OCCE "79"\r\nATTENDEE:e', email: 'occe79@occe.test' },
        },
        ATTACK,
      )
      expect(page.split(/\r\n/).filter((line) => /^(NAME|X-WR-CALNAME):/.test(line))).toEqual([
        'NAME:T ATTENDEE:mailto:evil@x.y',
        'X-WR-CALNAME:T ATTENDEE:mailto:evil@x.y',
      ])
      for (const calendar of [ics, page]) {
        const lines = calendar.split(/\r\n/)
        expect(lines.filter((line) => /^ATTENDEE/i.test(line))).toEqual([])
        expect(lines.filter((line) => line.startsWith('SUMMARY:'))).toEqual(['SUMMARY:T ATTENDEE:mailto:evil@x.y'])
        expect(calendar).not.toMatch(/[^\r]\n/)
      }
    })
  })

  describe('3. links', () => {
    const association = (website: string) =>
      payload.create({
        collection: 'associations',
        data: { name: `Site ${Math.random()}`, level: 'union', website } as never,
      })

    it('association website: http(s) only, a missing scheme completed, others refused in French', async () => {
      expect(await refusal(association('javascript:alert(document.domain)'))).toMatch(/Adresse web invalide/)
      expect(await refusal(association('data:text/html,<script>alert(1)</script>'))).toMatch(/Adresse web invalide/)
      expect((await association('www.occe-a.fr')).website).toBe('https://www.occe-a.fr')
      expect((await association('https://www.occe.coop/79')).website).toBe('https://www.occe.coop/79')
    })

    it('rich-text links: http(s), mailto:, tel: and site paths; never javascript: or data:', async () => {
      const release = (url: string) =>
        payload.create({
          collection: 'news-releases',
          data: {
            title: `Lien ${Math.random()}`,
            association: ids.ad79,
            dateline: { place: 'Niort', date: '2026-06-01T10:00:00.000Z' },
            body: richText([link(url)]),
          } as never,
        })
      for (const bad of [
        'javascript:alert(document.domain)',
        'data:text/html,<script>alert(1)</script>',
        'JaVaScRiPt:alert(1)',
        'vbscript:x',
        '//evil.example/',
      ])
        expect([bad, await refusal(release(bad))]).toEqual([bad, expect.stringMatching(/Lien invalide/)])
      for (const good of ['https://www.occe.coop', 'mailto:contact@occe.coop', 'tel:+33144149330', '/evenements'])
        await expect(release(good)).resolves.toHaveProperty('id')
      const completed = await release('www.occe.coop/agenda')
      expect(JSON.stringify(completed.body)).toContain('https://www.occe.coop/agenda')
    })
  })

  describe('4. private forms and document locks', () => {
    it('anonymous readers get only the forms of published events, without seat counters', async () => {
      const { rsvpFormFields } = await import('../../src/rsvp/rules/formDefinition')
      const form = async (title: string) =>
        (
          await payload.create({
            collection: 'forms',
            data: {
              title,
              owner: ids.ad79,
              confirmationType: 'message',
              confirmationMessage: richText([text('Merci')]),
              fields: rsvpFormFields.map((f) => ({ ...f })),
            } as never,
          })
        ).id
      const shown = await form('Formulaire publié')
      const hidden = await form('Formulaire d’un brouillon')
      const loose = await form('Formulaire sans événement')
      await payload.create({
        collection: 'events',
        data: eventData('Publié', { rsvp: { form: shown }, _status: 'published' }) as never,
      })
      await payload.create({
        collection: 'events',
        data: eventData('Brouillon', { rsvp: { form: hidden }, _status: 'draft' }) as never,
        draft: true,
      })

      const anonymous = await payload.find({
        collection: 'forms',
        overrideAccess: false,
        limit: 0,
        pagination: false,
        depth: 0,
      })
      const seen = anonymous.docs.map((d) => String(d.id))
      expect(seen).toContain(String(shown))
      expect(seen).not.toContain(String(hidden))
      expect(seen).not.toContain(String(loose))
      for (const doc of anonymous.docs) {
        expect(doc).not.toHaveProperty('seatsConfirmed')
        expect(doc).not.toHaveProperty('seatsWaiting')
        expect(doc).not.toHaveProperty('arrivals')
      }
      // The owner association's staff see the counters; another association's staff do not.
      const own = await payload.findByID({
        collection: 'forms',
        id: shown,
        overrideAccess: false,
        user: staff.ad79 as never,
        depth: 0,
      })
      expect(own).toHaveProperty('seatsConfirmed', 0)
      const other = await payload.findByID({
        collection: 'forms',
        id: shown,
        overrideAccess: false,
        user: staff.ad86 as never,
        depth: 0,
      })
      expect(other).not.toHaveProperty('seatsConfirmed')
      const hiddenForOther = await payload
        .findByID({ collection: 'forms', id: hidden, overrideAccess: false, user: staff.ad86 as never })
        .then(
          () => 200,
          (e: { status?: number }) => e.status,
        )
      expect([403, 404]).toContain(hiddenForOther)
    })

    it('an AD editor reads and deletes only their own document locks', async () => {
      const release = await payload.create({
        collection: 'news-releases',
        data: {
          title: 'Verrou',
          association: ids.ad86,
          dateline: { place: 'Poitiers', date: '2026-06-01T10:00:00.000Z' },
          body: richText([text('x')]),
        } as never,
      })
      const lock = (user: Record<string, unknown>) =>
        payload.create({
          collection: 'payload-locked-documents',
          data: {
            document: { relationTo: 'news-releases', value: release.id },
            user: { relationTo: 'users', value: user.id },
          } as never,
        })
      const theirs = await lock(staff.ad86)
      const mine = await lock(staff.ad79)
      const as = (user: Record<string, unknown>) => ({
        collection: 'payload-locked-documents' as const,
        overrideAccess: false,
        user: user as never,
      })
      const listed = await payload.find({ ...as(staff.ad79), limit: 0, pagination: false, depth: 0 })
      expect(listed.docs.map((d) => String(d.id))).toEqual([String(mine.id)])
      const refused = await payload.delete({ ...as(staff.ad79), id: theirs.id }).then(
        () => 200,
        (e: { status?: number }) => e.status,
      )
      expect([403, 404]).toContain(refused)
      await expect(payload.findByID({ collection: 'payload-locked-documents', id: theirs.id })).resolves.toHaveProperty(
        'id',
      )
      await expect(payload.delete({ ...as(staff.ad79), id: mine.id })).resolves.toHaveProperty('id')
    })
  })

  describe('5. failed logins', () => {
    const { TRUST_PROXY } = process.env
    beforeAll(() => {
      process.env.TRUST_PROXY = '1'
    })
    afterAll(() => {
      process.env.TRUST_PROXY = TRUST_PROXY
    })
    const from = (address: string, email: string, password: string) =>
      payload
        .login({
          collection: 'users',
          data: { email, password },
          req: { headers: new Headers({ 'x-real-ip': address }) } as never,
        })
        .then(
          () => ({ status: 200, message: 'ok' }),
          (error: { status?: number; message?: string }) => ({
            status: error.status ?? 500,
            message: error.message ?? '',
          }),
        )

    it('answers the same for a wrong password, an unknown account and a throttled client; a colleague elsewhere still logs in', async () => {
      const email = 'collegue@security.occe.test'
      await payload.create({
        collection: 'users',
        data: { email, password: 'phrase-de-passe-collegue', role: 'editor' },
      })
      const wrong = await from('203.0.113.1', email, 'mauvais-mot-de-passe')
      const unknown = await from('203.0.113.2', 'personne@security.occe.test', 'mauvais-mot-de-passe')
      expect(wrong.status).toBe(401)
      expect(unknown).toEqual(wrong)

      // A stranger tries the colleague's account again and again from one address…
      const stranger: { status: number; message: string }[] = []
      for (let i = 0; i < 8; i++) stranger.push(await from('198.51.100.7', email, `essai-${i}`))
      expect(stranger.slice(0, 5).every((r) => r.status === 401)).toBe(true)
      expect(stranger.slice(5).map((r) => r.status)).toEqual([429, 429, 429])
      expect(stranger[7].message).toMatch(/Trop de tentatives de connexion/)
      // …and gets exactly the same answer for an account that does not exist.
      const ghost: { status: number; message: string }[] = []
      for (let i = 0; i < 6; i++) ghost.push(await from('198.51.100.8', 'fantome@security.occe.test', `essai-${i}`))
      expect(ghost.map((r) => r.status)).toEqual(stranger.slice(0, 6).map((r) => r.status))
      expect(ghost[5]).toEqual(stranger[5])
      // The colleague, at their own address, is not locked out.
      expect(await from('192.0.2.10', email, 'phrase-de-passe-collegue')).toEqual({ status: 200, message: 'ok' })
    })

    it('slows down an address that tries many accounts', async () => {
      const results: number[] = []
      for (let i = 0; i < 21; i++)
        results.push((await from('198.51.100.9', `compte-${i}@security.occe.test`, 'mauvais')).status)
      expect(results.slice(0, 20).every((s) => s === 401)).toBe(true)
      expect(results[20]).toBe(429)
      expect((await from('198.51.100.10', 'admin@security.occe.test', 'mot-de-passe-administrateur')).status).toBe(200)
    })
  })
})
