import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser } from 'playwright-core'

import { baseUrl } from '../http/client'
import { TEST_PASSWORD, TEST_STAFF } from '../setup/staffAccounts'
import { launchBrowser } from './browser'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

describe('staff in the admin, in Chromium', () => {
  it('logs in through a French login page and reaches the dashboard', async () => {
    const context = await browser.newContext({ locale: 'en-US' })
    const page = await context.newPage()
    await page.goto(`${baseUrl()}/admin/login`)
    await expect(page.locator('html')).toBeDefined()
    expect(await page.getAttribute('html', 'lang')).toBe('fr')
    await page.getByLabel(/e-mail/i).fill(TEST_STAFF.editor.email)
    await page.getByLabel(/mot de passe/i).fill(TEST_PASSWORD)
    await page.getByRole('button', { name: /connexion|se connecter/i }).click()
    await page.waitForURL((url) => url.pathname === '/admin', { timeout: 30_000 })
    await expect(page.getByText(/Médias/).first().isVisible()).resolves.toBe(true)
    await context.close()
  })

  it('shows the public home page with a working skip link', async () => {
    const page = await browser.newPage()
    await page.goto(baseUrl())
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => document.activeElement?.textContent)
    expect(focused).toBe('Aller au contenu')
    await page.close()
  })
})
