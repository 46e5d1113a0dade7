/**
 * Issue 14, item 2: the JavaScript a browser downloads for each public page (the HTML's scripts, gzipped:
 * bench/pageScripts.mjs, the bench's own count), read from the production build's HTML — deterministic.
 * Budgets: ≤ 110 KB gzip on every public page, ≤ 130 KB on a page holding the RSVP form.
 *
 * Next's App Router runtime alone is 131.7 KB (an empty App Router page of next 16.4.6, Turbopack), so public
 * pages are sent WITHOUT it: none has a client component, the page cache takes the runtime out of the HTML it
 * stores (src/data/scriptFree.mjs, src/data/pageCache.mjs), and the RSVP form is server HTML enhanced by one
 * static script (public/rsvp-form.js). Every response must be the same whatever the cache state: the first
 * render (MISS), a cached hit (HIT) and after a publish (STALE or MISS) are all checked.
 */
import fs from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'

import { beforeAll, describe, expect, it } from '@jest/globals'

import { hasRsvpForm, pageScripts } from '../../bench/pageScripts.mjs'
import { adminToken as login, api, createEvent, type TestEvent } from '../e2e/a11yEvents'
import { isScriptFree } from '../../src/data/scriptFree.mjs'
import { baseUrl, get } from './client'

type Loaded = Awaited<ReturnType<typeof pageScripts>> & { html: string; cache: string | null }

const JS_BUDGET_KB = 110
const RSVP_FORM_BUDGET_KB = 130
/** The RSVP form's script, the one script a public page may load (src/components/Rsvp/RsvpForm.tsx). */
const RSVP_SCRIPT = '/rsvp-form.js'
/** The live-preview bridge's message to the admin (src/components/LivePreviewRefresh.tsx). */
const LIVE_PREVIEW_MARK = 'payload-live-preview'

const PUBLIC_PAGES = [
  '/',
  '/communiques',
  '/communiques?annee=2026',
  '/communiques/l-occe-79-accueille-l-assemblee-generale-nationale-de-l-occe',
  '/evenements',
  '/evenements/assemblee-generale-nationale-2026',
  '/evenements/ceremonie-d-ouverture-ag-nationale-2026',
  '/associations',
  '/associations/occe-79',
  '/associations/occe-federation-nationale',
  '/projets',
  '/projets/poesie',
  // Per request, composed by its own route around a cached shell (src/app/(frontend)/recherche/route.ts).
  '/recherche?q=coop%C3%A9ration',
  '/plan-du-site',
  '/accessibilite',
  '/mentions-legales',
  '/page-qui-n-existe-pas',
]
/**
 * Not here: the form's error page after a post without JavaScript (/inscription/<id>/erreur) — it reads a cookie,
 * so it is rendered per request and never stored by the page cache: it still carries Next's runtime (only
 * browsers without JavaScript are sent there). Draft mode (staff) is not cached either.
 */
const kb = (bytes: number) => Math.round(bytes / 102.4) / 10

let adminToken: string
let openEvent: TestEvent
/** Every response read, in order: each page's first render, its cached hit, and its answer after a publish. */
const responses: { path: string; page: Loaded }[] = []
/** Each page's first response. */
const loaded = new Map<string, Loaded>()

async function load(path: string, init?: RequestInit): Promise<Loaded> {
  const res = await get(path, init)
  expect({ path, status: res.status }).toMatchObject({ status: path === '/page-qui-n-existe-pas' ? 404 : 200 })
  const html = await res.text()
  return { html, cache: res.headers.get('x-nextjs-cache'), ...(await pageScripts(baseUrl(), html)) }
}

/** What Next's runtime leaves in a page: its chunks, their preloads, the inline flight data, Turbopack's bootstrap. */
const runtimeIn = (html: string) => [
  ...(html.match(/<script[^>]*\ssrc="\/_next\/[^"]*"/g) ?? []),
  ...(html.match(/<link[^>]*\bas="script"[^>]*>/g) ?? []),
  ...(html.match(/self\.__next_f/g) ?? []).slice(0, 1),
  ...(html.match(/globalThis\["TURBOPACK"\]/g) ?? []).slice(0, 1),
]

beforeAll(async () => {
  adminToken = await login()
  // Registrations open (the seeded events are past), so that the form is on its pages. Never requested before:
  // their first response is the first render.
  openEvent = await createEvent(adminToken, 'Rencontre budget JS')
  const pages = [...PUBLIC_PAGES, `/evenements/${openEvent.slug}`, `/inscription/${openEvent.id}`]
  for (const path of pages) {
    const first = await load(path)
    loaded.set(path, first)
    responses.push({ path, page: first }, { path, page: await load(path) })
  }
  // A publish: the event's pages and the lists showing it are rendered again (STALE, then MISS or HIT).
  await api('PATCH', `/api/events/${openEvent.id}`, adminToken, { summary: 'Résumé modifié pour le budget JS.' })
  for (const path of [`/evenements/${openEvent.slug}`, '/evenements', '/'])
    for (let i = 0; i < 2; i++) responses.push({ path, page: await load(path) })
}, 180_000)

/** Pages built to hold the RSVP form: an event's page and its registration page. */
const formPage = (path: string) => hasRsvpForm(loaded.get(path)?.html ?? '')

describe('JavaScript per public page (gzip)', () => {
  it('the RSVP form is on the open event page and its registration page, nowhere else', () => {
    const withForm = [...loaded].filter(([, page]) => hasRsvpForm(page.html)).map(([path]) => path)
    expect(withForm.sort()).toEqual([`/evenements/${openEvent.slug}`, `/inscription/${openEvent.id}`].sort())
  })

  it('no public page carries Next’s runtime, whatever the cache state (first render, hit, after a publish)', () => {
    for (const { path, page } of responses) {
      expect({ path, cache: page.cache, runtime: runtimeIn(page.html) }).toEqual({
        path,
        cache: page.cache,
        runtime: [],
      })
    }
    // The states this covered: a first render and a hit at least (the open event's first visit is a MISS).
    const states = new Set(responses.map(({ page }) => page.cache))
    expect([...states].filter((state) => state === 'MISS' || state === 'HIT').sort()).toEqual(['HIT', 'MISS'])
    expect(loaded.get(`/evenements/${openEvent.slug}`)?.cache).toBe('MISS')
  })

  it('the same bytes whatever the cache state: the first render is the cached page', () => {
    for (const path of [`/evenements/${openEvent.slug}`, `/inscription/${openEvent.id}`, '/associations/occe-79']) {
      const [first, hit] = responses.filter((r) => r.path === path).map((r) => r.page)
      expect({ path, same: first.html === hit.html, states: [first.cache, hit.cache] }).toMatchObject({
        path,
        same: true,
      })
    }
  })

  it(`≤ ${JS_BUDGET_KB} KB on every public page, ≤ ${RSVP_FORM_BUDGET_KB} KB with the RSVP form`, () => {
    for (const { path, page } of responses) {
      const size = kb(page.gzipBytes)
      const budget = formPage(path) ? RSVP_FORM_BUDGET_KB : JS_BUDGET_KB
      expect({ path, size, withinBudget: size <= budget }).toMatchObject({ path, withinBudget: true })
    }
  })

  it('a page loads no script but the RSVP form’s, and only where the form is', () => {
    for (const { path, page } of responses) {
      const scripts = page.scripts.map((s) => s.src)
      expect({ path, scripts }).toEqual({ path, scripts: formPage(path) ? [RSVP_SCRIPT] : [] })
    }
  })

  it('what the runtime did not carry stays: title, description, JSON-LD, the inline styles', () => {
    for (const path of [
      '/communiques/l-occe-79-accueille-l-assemblee-generale-nationale-de-l-occe',
      `/evenements/${openEvent.slug}`,
      '/associations/occe-79',
    ]) {
      const html = loaded.get(path)?.html ?? ''
      expect({ path, title: /<title>[^<]+<\/title>/.test(html) }).toEqual({ path, title: true })
      expect({ path, description: html.includes('<meta name="description"') }).toEqual({ path, description: true })
      expect({ path, jsonLd: html.includes('<script type="application/ld+json">') }).toEqual({ path, jsonLd: true })
      expect({ path, styles: /<style[^>]*>/.test(html) }).toEqual({ path, styles: true })
    }
  })

  it('no public route has a client component of ours unless it keeps the runtime (KEEPS_NEXT_RUNTIME)', () => {
    // The build's client-reference manifest of each route (next 16): the client modules its pages may render.
    // A client component on a page sent without the runtime would never run: the build itself says so here.
    const app = path.join(process.cwd(), process.env.NEXT_DIST_DIR || '.next', 'server/app/(frontend)')
    const files = fs
      .readdirSync(app, { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('page_client-reference-manifest.js'))
    const withClientCode: string[] = []
    const offending: { route: string; modules: string[] }[] = []
    for (const file of files) {
      const sandbox: { globalThis?: unknown; __RSC_MANIFEST?: Record<string, { clientModules: object }> } = {}
      sandbox.globalThis = sandbox
      vm.runInNewContext(fs.readFileSync(path.join(app, file), 'utf8'), sandbox)
      for (const [route, manifest] of Object.entries(sandbox.__RSC_MANIFEST ?? {})) {
        const modules = Object.keys(manifest.clientModules).filter((id) => id.startsWith('[project]/src/'))
        if (!modules.length) continue
        withClientCode.push(route)
        const publicPath = `${route.replace(/^\/\(frontend\)/, '').replace(/\/page$/, '')}/`
        if (isScriptFree(publicPath)) offending.push({ route, modules })
      }
    }
    expect(files.length).toBeGreaterThan(15)
    // The check sees client code where there is some: the staff's door tools.
    expect(withClientCode).toContain('/(frontend)/pointage/[event]/page')
    expect(offending).toEqual([])
  })

  it('RSC requests still get the page’s flight data', async () => {
    const res = await fetch(`${baseUrl()}/associations/occe-79`, { headers: { RSC: '1' } })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/x-component/)
    expect(await res.text()).toContain('occe-79')
  })

  it('the live-preview bridge is not on public pages, only in draft mode', async () => {
    for (const [path, page] of loaded) {
      const bridge = [
        ...page.scripts.filter((s) => s.text.includes(LIVE_PREVIEW_MARK)).map((s) => s.src),
        ...(page.html.includes(LIVE_PREVIEW_MARK) ? ['inline'] : []),
      ]
      expect({ path, bridge }).toEqual({ path, bridge: [] })
    }
    // Draft mode (the admin's preview): the bridge is there, so live preview still refreshes the page.
    const preview = await get(`/preview?collection=events&slug=${openEvent.slug}`, {
      headers: { Authorization: `JWT ${adminToken}` },
    })
    expect(preview.status).toBe(307)
    const cookie = (preview.headers.get('set-cookie') ?? '').split(';')[0]
    expect(cookie).toMatch(/^__prerender_bypass=/)
    const draft = await (await get(`/evenements/${openEvent.slug}`, { headers: { Cookie: cookie } })).text()
    expect(draft).toContain('Aperçu des brouillons')
    expect(draft).toContain(LIVE_PREVIEW_MARK)
  })
})

/**
 * Issue 14, item 3 (LCP ≤ 1.5 s, measured by the bench): what the first paint of a public page must not wait
 * for, asserted here because it is deterministic.
 */
describe('nothing between the HTML and the first paint', () => {
  it('no stylesheet request: the site and RSVP styles are inline', () => {
    for (const [path, page] of loaded) {
      const links = page.html.match(/<link[^>]*rel="stylesheet"[^>]*>/g) ?? []
      expect({ path, links }).toEqual({ path, links: [] })
    }
    expect(loaded.get(`/evenements/${openEvent.slug}`)?.html).toMatch(/<style[^>]*>[^<]*\.rsvp-form/)
  })

  it('no Critical-CH on public pages (Chrome would restart the first navigation); the admin keeps its hint', async () => {
    for (const path of ['/', `/evenements/${openEvent.slug}`, '/associations/occe-79']) {
      const res = await get(path)
      expect({ path, criticalCh: res.headers.get('critical-ch') }).toEqual({ path, criticalCh: null })
    }
    const admin = await get('/admin/login')
    expect(admin.headers.get('critical-ch')).toBe('Sec-CH-Prefers-Color-Scheme')
  })
})
