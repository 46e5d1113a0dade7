/**
 * The Content-Security-Policy must not break what people use: the public pages and the whole admin
 * (login, dashboard, rich-text editor) load in Chromium without a single CSP violation, the site can
 * frame its own pages (live preview) and no other origin can frame it.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'

import { baseUrl } from '../http/client'
import { adminToken, createEvent } from './a11yEvents'
import { TEST_PASSWORD, TEST_STAFF } from '../setup/staffAccounts'
import { launchBrowser } from './browser'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

/** A context whose pages record every CSP violation, from the DOM event and from the console. */
async function watchedContext(): Promise<{ context: BrowserContext; violations: string[]; open: () => Promise<Page> }> {
  const context = await browser.newContext({ locale: 'fr-FR' })
  const violations: string[] = []
  await context.exposeBinding('__reportCsp', (_source, text: string) => void violations.push(text))
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      ;(window as unknown as { __reportCsp: (t: string) => void }).__reportCsp(
        `${event.violatedDirective} ${event.blockedURI} at ${document.location.pathname}`,
      )
    })
  })
  const open = async () => {
    const page = await context.newPage()
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
    })
    return page
  }
  return { context, violations, open }
}

describe('Content-Security-Policy in Chromium', () => {
  it('lets the public pages load and run without violation', async () => {
    const { context, violations, open } = await watchedContext()
    const page = await open()
    for (const path of [
      '/',
      '/communiques',
      '/evenements',
      '/associations',
      '/recherche?q=Niort',
      '/une-page-absente',
    ]) {
      await page.goto(`${baseUrl()}${path}`, { waitUntil: 'networkidle' })
    }
    // Public pages carry no Next runtime (src/data/scriptFree.mjs); the one script they may load, the RSVP
    // form's static file, runs under the policy: the form answers in place, without leaving the page.
    const event = await createEvent(await adminToken(), 'Rencontre CSP')
    await page.goto(`${baseUrl()}/evenements/${event.slug}`, { waitUntil: 'networkidle' })
    expect(await page.evaluate(() => [...document.scripts].map((s) => s.getAttribute('src')).filter(Boolean))).toEqual([
      '/rsvp-form.js',
    ])
    await page.getByRole('button', { name: 'Je m’inscris' }).click()
    await page.locator('#rsvp-erreurs').waitFor()
    expect(new URL(page.url()).pathname).toBe(`/evenements/${event.slug}`)
    expect(violations).toEqual([])
    await context.close()
  })

  it('lets staff log in and use the admin without violation', async () => {
    const { context, violations, open } = await watchedContext()
    const page = await open()
    await page.goto(`${baseUrl()}/admin/login`, { waitUntil: 'networkidle' })
    await page.getByLabel(/e-mail/i).fill(TEST_STAFF.editor.email)
    await page.getByLabel(/mot de passe/i).fill(TEST_PASSWORD)
    await page.getByRole('button', { name: /connexion|se connecter/i }).click()
    await page.waitForURL((url) => url.pathname === '/admin', { timeout: 30_000 })
    await page.waitForLoadState('networkidle')
    await page.goto(`${baseUrl()}/admin/collections/news-releases`, { waitUntil: 'networkidle' })
    await page.goto(`${baseUrl()}/admin/collections/news-releases/create`, { waitUntil: 'networkidle' })
    // The Lexical rich-text editor is the heaviest script of the admin: it must be editable.
    await expect(page.locator('[contenteditable="true"]').first().isVisible()).resolves.toBe(true)
    await page.goto(`${baseUrl()}/admin/collections/media/create`, { waitUntil: 'networkidle' })
    expect(violations).toEqual([])
    await context.close()
  })

  it('lets the site frame its own pages (live preview)', async () => {
    const { context, open } = await watchedContext()
    const page = await open()
    await page.goto(`${baseUrl()}/admin/login`, { waitUntil: 'networkidle' })
    const sameOrigin = await page.evaluate(async (src) => {
      const frame = document.createElement('iframe')
      frame.src = src
      document.body.append(frame)
      await new Promise((resolve) => frame.addEventListener('load', resolve))
      return frame.contentDocument?.documentElement.lang ?? null
    }, `${baseUrl()}/`)
    expect(sameOrigin).toBe('fr')
    await context.close()
  })

  it('refuses to be framed by another origin', async () => {
    // localhost is another origin than 127.0.0.1; the framing page is served by the browser itself (no
    // network, none of our headers). Chromium's local-network checks would block the frame before our
    // policy is even consulted, so this browser runs without them.
    const isolated = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-features=LocalNetworkAccessChecks,BlockInsecurePrivateNetworkRequests',
      ],
    })
    try {
      const page = await isolated.newPage()
      const attacker = `${baseUrl().replace('127.0.0.1', 'localhost')}/page-tierce`
      await page.route(attacker, (route) =>
        route.fulfill({ contentType: 'text/html', body: `<!doctype html><iframe src="${baseUrl()}/"></iframe>` }),
      )
      const messages: string[] = []
      const failures: string[] = []
      page.on('console', (message) => void messages.push(message.text()))
      page.on('requestfailed', (request) => void failures.push(`${request.url()} ${request.failure()?.errorText}`))
      const framed = page.waitForResponse(`${baseUrl()}/`)
      await page.goto(attacker)
      // The page arrived (200), then Chromium refused to show it inside another origin.
      expect((await framed).status()).toBe(200)
      await page.waitForTimeout(500)
      expect(failures).toContain(`${baseUrl()}/ net::ERR_BLOCKED_BY_RESPONSE`)
      expect(messages.some((text) => text.includes("frame-ancestors 'self'"))).toBe(true)
    } finally {
      await isolated.close()
    }
  })
})
