/**
 * Accessibility beyond the automated scan (issue 17), in Chromium: registration pages that are real pages,
 * the registration heard as well as seen (focus and title after each answer, with and without JavaScript),
 * the RGAA statement, the form's details, and axe-core at 320 px and in forced-colours mode.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import { baseUrl } from '../http/client'
import { launchBrowser } from './browser'
import {
  adminToken,
  api,
  axe,
  createEvent,
  fillValid,
  focusAndTitle,
  newPage,
  TEXT_SPACING_CSS,
  type TestEvent,
} from './a11yEvents'

const CEREMONY = '/evenements/ceremonie-d-ouverture-ag-nationale-2026'
const UNKNOWN = '/inscription/999999'
const RED = 'rgb(176, 0, 32)'

let browser: Browser
let token: string
/** Capacity 1: the first guest is confirmed, the next one waits. */
let noScript: TestEvent
let withScript: TestEvent
let withoutForm: TestEvent

beforeAll(async () => {
  browser = await launchBrowser()
  token = await adminToken()
  ;[noScript, withScript, withoutForm] = await Promise.all([
    createEvent(token, 'Atelier sans JavaScript', { capacity: 1 }),
    createEvent(token, 'Atelier avec JavaScript', { capacity: 1 }),
    createEvent(token, 'Conférence sans inscription', { form: false }),
  ])
})

afterAll(async () => {
  await browser?.close()
})

const submit = (page: Page) => page.getByRole('button', { name: 'Je m’inscris' }).click()

describe('registration pages are real pages', () => {
  const paths = () => [UNKNOWN, `/inscription/${withoutForm.id}`]

  it('an unknown event, or one without a form, answers the French 404 in the server HTML', async () => {
    for (const path of paths()) {
      const res = await fetch(`${baseUrl()}${path}`)
      const html = await res.text()
      expect({ path, status: res.status }).toEqual({ path, status: 404 })
      expect(html).toMatch(/^<!DOCTYPE html><html lang="fr"/)
      expect(html).not.toContain('__next_error__')
      expect(html).toContain('<h1>Page introuvable</h1>')
      expect(html).toContain('<title>Page introuvable – OCCE</title>')
    }
  })

  it.each([true, false])(
    'in Chromium (JavaScript %s): status 404, lang fr, its title and heading',
    async (javaScriptEnabled) => {
      for (const path of paths()) {
        const { page, close } = await newPage(browser, { javaScriptEnabled })
        const res = await page.goto(`${baseUrl()}${path}`)
        expect({ path, status: res?.status() }).toEqual({ path, status: 404 })
        expect(await page.locator('html').getAttribute('lang')).toBe('fr')
        expect(await page.title()).toBe('Page introuvable – OCCE')
        expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Page introuvable')
        await close()
      }
    },
  )
})

describe('the registration is heard: focus on the message and a title that says what happened', () => {
  it('without JavaScript: each redirect lands on its message, titled for it', async () => {
    const { page, close } = await newPage(browser, { javaScriptEnabled: false })
    await page.goto(`${baseUrl()}/inscription/${noScript.id}`)
    expect(await page.title()).toBe(`Inscription à ${noScript.title} – OCCE`)

    await fillValid(page, 'pas-une-adresse')
    await submit(page)
    await page.waitForURL(/\/erreur#rsvp-erreurs$/)
    expect(await focusAndTitle(page)).toEqual({
      focus: 'rsvp-erreurs',
      title: `Erreur – Inscription à ${noScript.title} – OCCE`,
    })
    await expect(page.locator('#rsvp-erreurs').textContent()).resolves.toMatch(/Adresse e-mail invalide/)

    await page.locator('#rsvp-email').fill('premiere.sansjs@exemple.fr')
    await page.locator('#rsvp-consent').check()
    await submit(page)
    await page.waitForURL(new RegExp(`/inscription/${noScript.id}/confirmee#inscription-resultat$`))
    expect(await focusAndTitle(page)).toEqual({
      focus: 'inscription-resultat',
      title: `Inscription confirmée – ${noScript.title} – OCCE`,
    })
    await expect(page.locator('#inscription-resultat').textContent()).resolves.toMatch(/Inscription confirmée/)

    await page.goto(`${baseUrl()}/inscription/${noScript.id}`)
    await fillValid(page, 'seconde.sansjs@exemple.fr')
    await submit(page)
    await page.waitForURL(new RegExp(`/inscription/${noScript.id}/attente#inscription-resultat$`))
    expect(await focusAndTitle(page)).toEqual({
      focus: 'inscription-resultat',
      title: `Liste d’attente – Inscription à ${noScript.title} – OCCE`,
    })
    await close()
  })

  it('with JavaScript: focus moves to the message after each answer and the title follows', async () => {
    const { page, close } = await newPage(browser)
    await page.goto(`${baseUrl()}/evenements/${withScript.slug}`, { waitUntil: 'networkidle' })
    await submit(page)
    await page.locator('#rsvp-erreurs').waitFor()
    await page.waitForFunction(() => document.activeElement?.id === 'rsvp-erreurs')
    expect(await focusAndTitle(page)).toEqual({
      focus: 'rsvp-erreurs',
      title: `Erreur – Inscription à ${withScript.title} – OCCE`,
    })
    // Invalid text and e-mail fields get the same red border as the select.
    const borders = await page.evaluate(() =>
      ['rsvp-firstName', 'rsvp-email', 'rsvp-role'].map((id) => {
        const style = getComputedStyle(document.getElementById(id) as HTMLElement)
        return `${id} ${style.borderTopWidth} ${style.borderTopColor}`
      }),
    )
    expect(borders).toEqual([`rsvp-firstName 2px ${RED}`, `rsvp-email 2px ${RED}`, `rsvp-role 2px ${RED}`])
    expect(await axe(page)).toEqual([])

    await fillValid(page, 'premiere.js@exemple.fr')
    await submit(page)
    await page.waitForFunction(() => document.activeElement?.id === 'inscription-resultat')
    expect(await focusAndTitle(page)).toEqual({
      focus: 'inscription-resultat',
      title: `Inscription confirmée – ${withScript.title} – OCCE`,
    })
    await close()

    const second = await newPage(browser)
    await second.page.goto(`${baseUrl()}/inscription/${withScript.id}`, { waitUntil: 'networkidle' })
    await fillValid(second.page, 'seconde.js@exemple.fr')
    await submit(second.page)
    await second.page.waitForFunction(() => document.activeElement?.id === 'inscription-resultat')
    expect(await focusAndTitle(second.page)).toEqual({
      focus: 'inscription-resultat',
      title: `Liste d’attente – Inscription à ${withScript.title} – OCCE`,
    })
    await expect(second.page.locator('#inscription-resultat').textContent()).resolves.toMatch(/liste d’attente/)
    await second.close()
  })

  it('with JavaScript: when the deadline passes, the message replacing the form takes the focus', async () => {
    const soon = await createEvent(token, 'Atelier qui ferme bientôt', { deadline: new Date(Date.now() + 10 * 60e3) })
    const { page, close } = await newPage(browser)
    await page.clock.install()
    await page.goto(`${baseUrl()}/evenements/${soon.slug}`, { waitUntil: 'networkidle' })
    await page.locator('#rsvp-lastName').focus()
    await page.clock.fastForward('11:00')
    await page.locator('#rsvp-closes').waitFor()
    expect(await page.locator('form[action="/api/rsvp/register"]').count()).toBe(0)
    expect((await focusAndTitle(page)).focus).toBe('rsvp-closes')
    await close()
  })
})

describe('the form, read and seen', () => {
  it('says which fields are required before them, the people limit beside its field, and where the privacy notice is', async () => {
    const { page, close } = await newPage(browser, { javaScriptEnabled: false })
    await page.goto(`${baseUrl()}/inscription/${noScript.id}`)
    const facts = await page.evaluate(() => {
      const note = [...document.querySelectorAll('form[action="/api/rsvp/register"] p')].find(
        (p) => p.textContent === 'Les champs marqués * sont obligatoires.',
      )
      const form = document.querySelector('form[action="/api/rsvp/register"]')
      const first = form?.querySelector('input:not([type=hidden]):not([tabindex="-1"]), select, textarea')
      const description = (id: string) =>
        (document.getElementById(id)?.getAttribute('aria-describedby') ?? '')
          .split(' ')
          .map((ref) => document.getElementById(ref))
      const attendees = description('rsvp-attendees').map((el) => el?.textContent)
      const consent = description('rsvp-consent')
      return {
        noteBeforeFields: Boolean(
          note && first && note.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING,
        ),
        attendees,
        consentLink: consent.map((el) => el?.querySelector('a')?.getAttribute('href')),
        notice: document.getElementById('notice-donnees')?.querySelector('h3')?.textContent,
      }
    })
    expect(facts).toEqual({
      noteBeforeFields: true,
      attendees: ['Entre 1 et 10 personnes.'],
      consentLink: ['#notice-donnees'],
      notice: 'Protection de vos données',
    })
    await close()
  })

  it('keeps a visible border on the submit button in forced-colours mode', async () => {
    const { page, close } = await newPage(browser)
    await page.emulateMedia({ forcedColors: 'active' })
    await page.goto(`${baseUrl()}/inscription/${noScript.id}`)
    const border = await page.getByRole('button', { name: 'Je m’inscris' }).evaluate((button) => {
      const style = getComputedStyle(button)
      return { style: style.borderTopStyle, width: parseFloat(style.borderTopWidth) }
    })
    expect(border.style).toBe('solid')
    expect(border.width).toBeGreaterThanOrEqual(1)
    await close()
  })

  it('never lets a select overflow a 320 px screen, even with text spacing (WCAG 1.4.10, 1.4.12)', async () => {
    for (const url of ['/communiques', '/recherche?q=niort', `/inscription/${noScript.id}`]) {
      const { page, close } = await newPage(browser, { viewport: { width: 320, height: 640 } })
      await page.goto(`${baseUrl()}${url}`)
      await page.addStyleTag({ content: TEXT_SPACING_CSS })
      const widths = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        selects: [...document.querySelectorAll('select')]
          .filter((s) => s.getBoundingClientRect().right > document.documentElement.clientWidth)
          .map((s) => s.id),
      }))
      expect({ url, ...widths }).toEqual({ url, page: 0, selects: [] })
      await close()
    }
  })

  it('names the two search landmarks of /recherche apart', async () => {
    const { page, close } = await newPage(browser, { bypassCSP: true })
    await page.goto(`${baseUrl()}/recherche?q=niort`)
    expect(await page.getByRole('search').count()).toBe(2)
    expect(await page.getByRole('search', { name: 'Recherche détaillée' }).count()).toBe(1)
    expect(await axe(page, ['landmark-unique'])).toEqual([])
    await close()
  })
})

describe('the accessibility statement follows the RGAA model', () => {
  const read = async (page: Page) => {
    await page.goto(`${baseUrl()}/accessibilite`)
    return page.evaluate(() => ({
      h2: [...document.querySelectorAll('main h2')].map((h) => h.textContent),
      h3: [...document.querySelectorAll('main h3')].map((h) => h.textContent),
      text: (document.querySelector('main')?.textContent ?? '').replace(/\s+/g, ' '),
      links: [...document.querySelectorAll('main a')].map((a) => a.getAttribute('href')),
    }))
  }

  it('states version, conformity and its basis, contents, how it was established, a real contact and every recourse', async () => {
    const { page, close } = await newPage(browser)
    const statement = await read(page)
    expect(statement.h2).toEqual([
      'État de conformité',
      'Contenus non accessibles',
      'Établissement de cette déclaration d’accessibilité',
      'Retour d’information et contact',
      'Voies de recours',
    ])
    expect(statement.h3).toEqual([
      'Résultats des tests',
      'Non-conformités',
      'Dérogations pour charge disproportionnée',
      'Contenus non soumis à l’obligation d’accessibilité',
      'Technologies utilisées pour la réalisation du site',
      'Environnement de test',
      'Outils pour évaluer l’accessibilité',
      'Pages du site ayant fait l’objet de la vérification de conformité',
    ])
    expect(statement.text).toContain(
      'non conforme avec le référentiel général d’amélioration de l’accessibilité (RGAA), version 4.1',
    )
    expect(statement.text).toContain('Cet état ne repose sur aucun audit')
    expect(statement.text).toContain('Cette déclaration a été établie le lundi 30 novembre 2026.')
    expect(statement.text).toMatch(/axe-core 4\.\d+/)
    expect(statement.text).not.toContain('pas encore communiquée')
    expect(statement.links).toEqual(expect.arrayContaining(['/', '/accessibilite', 'mailto:federation@occe.coop']))
    // Recourse: the online form, a regional delegate, and post free of charge.
    expect(statement.links).toEqual(
      expect.arrayContaining([
        'https://formulaire.defenseurdesdroits.fr/',
        'https://www.defenseurdesdroits.fr/saisir/delegues',
      ]),
    )
    expect(statement.text).toContain('gratuit, ne pas mettre de timbre')
    expect(statement.text).toContain('Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07')
    await close()
  })

  it('is edited by staff in the site settings, and the model’s headings stay', async () => {
    const before = await api<{ accessibility: Record<string, unknown> }>(
      'GET',
      '/api/globals/site-settings?depth=0',
      token,
    )
    const original = before.accessibility
    try {
      await api('POST', '/api/globals/site-settings', token, {
        accessibility: {
          ...original,
          tools: 'Outil de test ajouté par l’équipe',
          nonCompliant: null,
          statementDate: '2026-12-01T11:00:00.000Z',
        },
      })
      const { page, close } = await newPage(browser)
      let statement = await read(page)
      for (let i = 0; i < 40 && !statement.text.includes('Outil de test ajouté'); i++) {
        await new Promise((r) => setTimeout(r, 250))
        statement = await read(page)
      }
      expect(statement.text).toContain('Outil de test ajouté par l’équipe')
      expect(statement.text).toContain('Cette déclaration a été établie le mardi 1 décembre 2026.')
      expect(statement.h3).toContain('Non-conformités')
      expect(statement.text).toContain('La liste des non-conformités sera publiée à l’issue de l’audit de conformité.')
      await close()
    } finally {
      await api('POST', '/api/globals/site-settings', token, { accessibility: original })
    }
  })
})

describe('axe-core finds nothing at 320 px nor in forced-colours mode', () => {
  const pages = () => [
    '/',
    '/communiques',
    '/evenements',
    CEREMONY,
    `/evenements/${noScript.slug}`,
    '/recherche?q=niort',
    '/accessibilite',
    `/inscription/${noScript.id}`,
    `/inscription/${noScript.id}/confirmee`,
    UNKNOWN,
  ]

  it.each(['320 px', 'forced colours'])('%s', async (mode) => {
    const found: string[] = []
    for (const url of pages()) {
      const { page, close } = await newPage(browser, {
        bypassCSP: true,
        ...(mode === '320 px' ? { viewport: { width: 320, height: 640 } } : {}),
      })
      if (mode === 'forced colours') await page.emulateMedia({ forcedColors: 'active' })
      await page.goto(`${baseUrl()}${url}`)
      found.push(...(await axe(page)).map((v) => `${url} ${v}`))
      await close()
    }
    expect(found).toEqual([])
  })
})
