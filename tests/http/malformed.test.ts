/**
 * Malformed requests get a 4xx with the security headers, never a 500 (each of these answered 500, most
 * as bare text, before src/http/restGuard.ts and the path check in src/proxy.ts).
 */
import { beforeAll, describe, expect, it } from '@jest/globals'

import { baseUrl, staffToken } from './client'

let adminToken: string
let eventId: string | number

const send = (path: string, init: RequestInit & { token?: string } = {}) =>
  fetch(`${baseUrl()}${path}`, {
    redirect: 'manual',
    ...init,
    headers: {
      'X-Forwarded-For': '203.0.113.200',
      ...(init.token ? { Authorization: `JWT ${init.token}` } : {}),
      ...(init.headers as Record<string, string>),
    },
  })

/** A client error, with the headers every answer carries, and a French message when it is JSON. */
async function expectRefused(res: Response, status: number) {
  const body = await res.text()
  expect({ status: res.status, body: body.slice(0, 200) }).toMatchObject({ status })
  expect(res.headers.get('content-security-policy')).toMatch(/default-src '(self|none)'/)
  expect(res.headers.get('x-content-type-options')).toBe('nosniff')
  return body
}

beforeAll(async () => {
  adminToken = await staffToken('admin')
  const events = await send('/api/events?limit=1&depth=0', { token: adminToken })
  eventId = ((await events.json()) as { docs: { id: string | number }[] }).docs[0].id
})

describe('malformed requests get a 4xx with the security headers', () => {
  it.each(['/communiques/%ff', '/api/%ff'])('GET %s (a percent-escape that does not decode): 400', async (path) => {
    await expectRefused(await send(path), 400)
  })

  it.each([
    ['/api/news-releases?where[dateline.date][greater_than]=notadate', /Date invalide/],
    ['/api/news-releases?page=1e400', /« page » invalide/],
    ['/api/news-releases?limit=-1', /« limit » invalide/],
    ['/api/news-releases?where[title][near]=1,2', /« near » impossible/],
    ['/api/news-releases?where[association][equals]=abc', /Identifiant invalide pour « association »/],
    ['/api/news-releases?where[association][greater_than]=1', /« greater_than » impossible sur « association »/],
  ])('GET %s: 400 with a French message', async (path, message) => {
    expect(await expectRefused(await send(path), 400)).toMatch(message)
  })

  it.each(['GET', 'DELETE'])(
    '%s /api/news-releases/abc (an id that cannot exist): 404 on both databases',
    async (method) => {
      await expectRefused(await send('/api/news-releases/abc', { method, token: adminToken }), 404)
    },
  )

  it('a related document named by an id that cannot exist, in a body: 400 on that field, nothing changed', async () => {
    const res = await send(`/api/events/${eventId}`, {
      method: 'PATCH',
      token: adminToken,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ contact: 'abc' }),
    })
    expect(await expectRefused(res, 400)).toMatch(/Identifiant de document invalide/)
    const after = (await (await send(`/api/events/${eventId}?depth=0`, { token: adminToken })).json()) as {
      contact: unknown
    }
    expect(after.contact).not.toBe('abc')
  })

  it('GET /api/media/file/missing.png: 404', async () => {
    await expectRefused(await send('/api/media/file/missing.png'), 404)
  })

  it('a multipart/form-data POST whose body is not multipart: 400', async () => {
    const res = await send('/api/users/login', {
      method: 'POST',
      headers: { 'Content-Type': 'multipart/form-data; boundary=----occe' },
      body: 'email=a@b.fr&password=x',
    })
    expect(await expectRefused(res, 400)).toMatch(/multipart/)
  })

  it('the versions of a collection that keeps none, as staff: 404', async () => {
    await expectRefused(await send('/api/contacts/versions', { token: adminToken }), 404)
  })

  it('a single relationship sent as a list (rsvp.form): 400 on that field, nothing changed', async () => {
    const before = await (await send(`/api/events/${eventId}?depth=0`, { token: adminToken })).json()
    const res = await send(`/api/events/${eventId}`, {
      method: 'PATCH',
      token: adminToken,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ rsvp: { form: [1, 2] } }),
    })
    const body = JSON.parse(await expectRefused(res, 400))
    expect(body.errors[0].data.errors[0].path).toBe('rsvp.form')
    const after = await (await send(`/api/events/${eventId}?depth=0`, { token: adminToken })).json()
    expect(after.rsvp).toEqual(before.rsvp)
  })

  it('an anonymous JSON body over the cap: 413 before it is parsed', async () => {
    const big = JSON.stringify({ form: 1, submissionData: [{ field: 'email', value: 'x'.repeat(3 * 1024 * 1024) }] })
    const res = await send('/api/form-submissions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: big,
    })
    expect(await expectRefused(res, 413)).toMatch(/trop volumineux/)
  })

  it('GraphQL bodies have the same cap', async () => {
    const res = await send('/api/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: `{ __typename }`, pad: 'x'.repeat(3 * 1024 * 1024) }),
    })
    await expectRefused(res, 413)
  })
})
