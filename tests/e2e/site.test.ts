import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import { baseUrl } from '../http/client'
import { launchBrowser } from './browser'

const RELEASE = '/communiques/l-occe-79-accueille-l-assemblee-generale-nationale-de-l-occe'
const AG = '/evenements/assemblee-generale-nationale-2026'
const CEREMONY = '/evenements/ceremonie-d-ouverture-ag-nationale-2026'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

async function open(url: string, options: { bypassCSP?: boolean; viewport?: { width: number; height: number } } = {}) {
  const context = await browser.newContext({ locale: 'fr-FR', ...options })
  const page = await context.newPage()
  const res = await page.goto(`${baseUrl()}${url}`)
  return { page, status: res?.status(), close: () => context.close() }
}

describe('a reader on the public site, in Chromium', () => {
  it('goes from the home page to the release, its event and the host association', async () => {
    const { page, close } = await open('/')
    await page
      .getByRole('link', { name: /L'OCCE 79 accueille 200 acteurs/ })
      .first()
      .click()
    await page.waitForURL(`**${RELEASE}`)
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('200 acteurs')
    await expect(page.getByText('Paris, le 1er juin 2026').isVisible()).resolves.toBe(true)

    await page
      .getByRole('region', { name: 'Événements liés' })
      .getByRole('link', { name: /Assemblée Générale Nationale/ })
      .first()
      .click()
    await page.waitForURL(`**${AG}`)
    await expect(page.getByText('Cet événement est passé').isVisible()).resolves.toBe(true)

    await page
      .getByRole('link', { name: /Cérémonie d'ouverture/ })
      .first()
      .click()
    await page.waitForURL(`**${CEREMONY}`)
    await expect(page.getByText('jeudi 4 juin 2026, 9 h – 10 h 30').isVisible()).resolves.toBe(true)

    await page
      .getByRole('link', { name: /Deux-Sèvres/ })
      .first()
      .click()
    await page.waitForURL('**/associations/occe-79')
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('OCCE 79')
    await close()
  })

  it('searches the site from the header', async () => {
    const { page, close } = await open('/')
    await page.getByLabel('Rechercher sur le site').fill('Niort')
    await page.getByLabel('Rechercher sur le site').press('Enter')
    await page.waitForURL('**/recherche?q=Niort')
    await expect(
      page
        .getByRole('link', { name: /Assemblée Générale Nationale/ })
        .first()
        .isVisible(),
    ).resolves.toBe(true)
    await close()
  })

  it('finds the association of département 79', async () => {
    const { page, close } = await open('/associations')
    await page.getByLabel('Numéro ou nom de votre département').fill('79')
    await page.getByRole('button', { name: 'Trouver mon association' }).click()
    await page.waitForURL('**/associations?q=79')
    await page.getByRole('status').getByRole('link', { name: 'OCCE 79' }).click()
    await page.waitForURL('**/associations/occe-79')
    await expect(page.getByText('Deux-Sèvres').first().isVisible()).resolves.toBe(true)
    await close()
  })

  it('works with the keyboard: skip link first, visible focus, main content reached', async () => {
    const { page, close } = await open(RELEASE)
    await page.keyboard.press('Tab')
    const skip = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement
      const rect = el.getBoundingClientRect()
      return {
        text: el.textContent,
        visible: rect.top >= 0 && rect.height > 0,
        outline: getComputedStyle(el).outlineStyle,
      }
    })
    expect(skip).toEqual({ text: 'Aller au contenu', visible: true, outline: 'solid' })
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('contenu')
    await page.keyboard.press('Tab')
    const next = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement
      return {
        inMain: Boolean(el.closest('main')),
        outline: getComputedStyle(el).outlineStyle,
        width: getComputedStyle(el).outlineWidth,
      }
    })
    expect(next).toEqual({ inMain: true, outline: 'solid', width: '3px' })
    await close()
  })

  it('shows the French 404 page for an unknown release', async () => {
    const { page, status, close } = await open('/communiques/inconnu')
    expect(status).toBe(404)
    await page.getByRole('heading', { level: 1, name: 'Page introuvable' }).waitFor({ timeout: 10_000 })
    await close()
  })

  it('fits a phone screen without horizontal scrolling', async () => {
    for (const url of ['/', RELEASE, AG, '/associations']) {
      const { page, close } = await open(url, { viewport: { width: 360, height: 740 } })
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      )
      expect({ url, overflow }).toEqual({ url, overflow: 0 })
      await close()
    }
  })
})

describe('accessibility (axe-core, WCAG 2.1 A and AA)', () => {
  const pages = [
    '/',
    '/communiques',
    RELEASE,
    '/evenements',
    AG,
    CEREMONY,
    '/associations',
    '/associations?q=79',
    '/associations/occe-79',
    '/projets',
    '/projets/poesie',
    '/recherche?q=niort',
    '/mentions-legales',
    '/accessibilite',
    '/plan-du-site',
    '/page-inconnue',
  ]

  async function axe(page: Page) {
    await page.addScriptTag({ path: path.resolve('node_modules/axe-core/axe.min.js') })
    return page.evaluate(async () => {
      const result = await (
        window as unknown as {
          axe: {
            run: (
              ctx: unknown,
              opts: unknown,
            ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>
          }
        }
      ).axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      })
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
    })
  }

  it.each(pages)('%s has no violation', async (url) => {
    // The page's CSP would refuse the injected axe script; bypassing it affects only this test browser.
    const { page, close } = await open(url, { bypassCSP: true })
    expect(await axe(page)).toEqual([])
    await close()
  })
})
