import { describe, expect, it } from '@jest/globals'

import { get } from './client'

describe('production server', () => {
  it('serves the home page in French', async () => {
    const res = await get('/')
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toMatch(/<html lang="fr"/)
    expect(html).toContain('Coopération')
  })

  it('answers unknown pages with a French 404', async () => {
    const res = await get('/cette-page-n-existe-pas')
    expect(res.status).toBe(404)
    expect(await res.text()).toContain('Page introuvable')
  })

  it('reports the database state on /api/health', async () => {
    const res = await get('/api/health')
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toContain('no-store')
    expect(await res.json()).toMatchObject({ status: 'ok', database: 'up' })
  })

  it('exposes the REST API and hides staff accounts from anonymous readers', async () => {
    const res = await get('/api/users')
    expect(res.status).toBe(403)
  })

  it('answers GraphQL at /api/graphql', async () => {
    const res = await fetch(`${process.env.TEST_BASE_URL}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    })
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ data: { __typename: 'Query' } })
  })

  it('keeps the GraphQL playground off in production', async () => {
    const res = await get('/api/graphql-playground')
    expect(res.status).toBeGreaterThanOrEqual(400)
  })

  it('renders the admin login page in French even for an English browser', async () => {
    const res = await get('/admin/login', { headers: { 'accept-language': 'en-US,en;q=0.9' } })
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toMatch(/Connexion|Se connecter/)
    expect(res.headers.get('set-cookie')).toContain('payload-lng=fr')
  })
})
