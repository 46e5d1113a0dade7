import { beforeAll, describe, expect, it } from '@jest/globals'
import sharp from 'sharp'

import { TEST_PASSWORD, TEST_STAFF } from '../setup/staffAccounts'
import { baseUrl, get } from './client'

const EVIL = 'https://attaquant.example'
let adminToken: string
let adminCookie: string

const json = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
})

/** Each test stands in for nginx and names the client address (the test server runs with TRUST_PROXY=1). */
async function login(email: string, password: string, address = '192.0.2.1') {
  return fetch(`${baseUrl()}/api/users/login`, json({ email, password }, { 'x-real-ip': address }))
}

beforeAll(async () => {
  const res = await login(TEST_STAFF.admin.email, TEST_PASSWORD)
  expect(res.status).toBe(200)
  adminToken = (await res.json()).token
  adminCookie = (res.headers.get('set-cookie') ?? '').split(';')[0]
})

describe('security headers on every response', () => {
  it.each([
    ['/', 200],
    ['/cette-page-n-existe-pas', 404],
    ['/api/health', 200],
    ['/api/news-releases?limit=1', 200],
    ['/admin/login', 200],
    ['/api/users/me', 200],
  ])('%s', async (path, status) => {
    const res = await get(path)
    expect(res.status).toBe(status)
    const csp = res.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("frame-ancestors 'self'")
    expect(csp).toContain("object-src 'none'")
    expect(csp).not.toContain('unsafe-eval')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    expect(res.headers.get('permissions-policy')).toContain('camera=()')
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN')
    // A production build always sends HSTS; browsers only honour it over https.
    expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000')
    expect(res.headers.get('x-powered-by')).toBeNull()
  })
})

describe('staff accounts over HTTP', () => {
  it('answers the same for a wrong password and an unknown account, and throttles the client, not the account', async () => {
    const email = 'verrou@tests.occe.test'
    const password = 'phrase-de-passe-du-verrou'
    const created = await fetch(
      `${baseUrl()}/api/users`,
      json({ email, password, role: 'editor' }, { authorization: `JWT ${adminToken}` }),
    )
    expect(created.status).toBe(201)
    const from = async (address: string, who: string, secret: string) => {
      const res = await login(who, secret, address)
      return { status: res.status, body: await res.json(), cookie: res.headers.get('set-cookie') ?? '' }
    }

    const stranger = []
    for (let i = 0; i < 7; i++) stranger.push(await from('198.51.100.20', email, `mauvais-mot-de-passe-${i}`))
    const ghost = []
    for (let i = 0; i < 7; i++)
      ghost.push(await from('198.51.100.21', 'personne@tests.occe.test', `mauvais-mot-de-passe-${i}`))
    // Wrong password and unknown account: the same status and body, then the same refusal once throttled.
    expect(stranger.map((r) => r.status)).toEqual([401, 401, 401, 401, 401, 429, 429])
    expect(ghost.map((r) => [r.status, r.body])).toEqual(stranger.map((r) => [r.status, r.body]))
    expect(stranger[5].body.errors[0].message).toMatch(/Trop de tentatives de connexion/)
    expect(stranger[6].cookie).not.toMatch(/payload-token=[^;]/)
    // Even the right password from the throttled address gets no session…
    const throttled = await from('198.51.100.20', email, password)
    expect(throttled.status).toBe(429)
    expect(throttled.body.token).toBeUndefined()
    // …but the colleague, at their own address, is not locked out.
    expect((await from('192.0.2.30', email, password)).status).toBe(200)
  })

  it('refuses a password under 12 characters with a French message', async () => {
    const res = await fetch(
      `${baseUrl()}/api/users`,
      json(
        { email: 'court@tests.occe.test', password: 'trop-court', role: 'editor' },
        { authorization: `JWT ${adminToken}`, 'accept-language': 'fr' },
      ),
    )
    expect(res.status).toBe(400)
    const body = await res.json()
    expect(body.errors[0].data.errors[0]).toMatchObject({
      path: 'password',
      message: 'Le mot de passe doit contenir au moins 12 caractères.',
    })
  })

  it('sets the session cookie HttpOnly and SameSite=Lax', async () => {
    const res = await login(TEST_STAFF.editor.email, TEST_PASSWORD)
    const cookie = res.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Lax/i)
  })

  it('ignores the session cookie on requests from another origin (CSRF)', async () => {
    const me = async (origin: string) => {
      const res = await fetch(`${baseUrl()}/api/users/me`, { headers: { cookie: adminCookie, origin } })
      return (await res.json()).user
    }
    expect((await me(baseUrl()))?.email).toBe(TEST_STAFF.admin.email)
    expect(await me(EVIL)).toBeNull()
    const write = await fetch(
      `${baseUrl()}/api/contacts`,
      json({ name: 'Intrus', email: 'intrus@attaquant.example' }, { cookie: adminCookie, origin: EVIL }),
    )
    expect(write.status).toBe(403)
  })

  it('allows cross-origin reads only from SERVER_URL (CORS)', async () => {
    const evil = await get('/api/news-releases?limit=1', { headers: { origin: EVIL } })
    expect(evil.headers.get('access-control-allow-origin')).toBeNull()
    const own = await get('/api/news-releases?limit=1', { headers: { origin: baseUrl() } })
    expect(own.headers.get('access-control-allow-origin')).toBe(baseUrl())
  })

  it('keeps the GraphQL playground off', async () => {
    expect((await get('/api/graphql-playground')).status).toBeGreaterThanOrEqual(400)
  })
})

describe('uploads over HTTP', () => {
  const upload = (bytes: Uint8Array<ArrayBuffer>, name: string, type: string) => {
    const form = new FormData()
    form.append('file', new Blob([bytes], { type }), name)
    form.append('_payload', JSON.stringify({ alt: 'Essai' }))
    return fetch(`${baseUrl()}/api/media`, {
      method: 'POST',
      headers: { authorization: `JWT ${adminToken}` },
      body: form,
    })
  }
  const mediaCount = async (): Promise<number> => {
    try {
      return (await (await get('/api/media?limit=0')).json()).totalDocs
    } catch {
      // After refusing a body it did not read to the end, the server closes that keep-alive connection;
      // the client may pick it from its pool once more.
      return (await (await get('/api/media?limit=0')).json()).totalDocs
    }
  }

  it('accepts a WebP image', async () => {
    const webp = await sharp({ create: { width: 32, height: 32, channels: 3, background: '#0a6' } })
      .webp()
      .toBuffer()
    const res = await upload(new Uint8Array(webp), 'vert.webp', 'image/webp')
    expect(res.status).toBe(201)
    const { doc } = await res.json()
    expect(doc.mimeType).toBe('image/webp')
    // Served as data, never as a page that could run a script.
    const served = await fetch(doc.url)
    expect(served.status).toBe(200)
    expect(served.headers.get('content-type')).toBe('image/webp')
    expect(served.headers.get('content-security-policy')).toContain("script-src 'none'")
    expect(served.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('refuses SVG and disguised files with a French message, storing nothing', async () => {
    const before = await mediaCount()
    const svg = await upload(
      new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      'logo.png',
      'image/png',
    )
    expect(svg.status).toBe(400)
    expect((await svg.json()).errors[0].message).toMatch(/SVG sont refusées/)
    const html = await upload(new TextEncoder().encode('<html><body>piège</body></html>'), 'photo.jpg', 'image/jpeg')
    expect(html.status).toBe(400)
    expect((await html.json()).errors[0].message).toMatch(/Type de fichier refusé/)
    expect(await mediaCount()).toBe(before)
  })

  it('refuses a file over 10 MB with 413 and a French message', async () => {
    const before = await mediaCount()
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } })
      .png()
      .toBuffer()
    const res = await upload(
      new Uint8Array(Buffer.concat([png, Buffer.alloc(11 * 1024 * 1024)])),
      'lourd.png',
      'image/png',
    )
    expect(res.status).toBe(413)
    expect((await res.json()).errors[0].message).toBe('Fichier trop volumineux : 10 Mo au maximum.')
    expect(await mediaCount()).toBe(before)
  })
})
