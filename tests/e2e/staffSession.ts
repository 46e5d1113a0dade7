/** What the staff browser tests share: REST calls as a staff account, a login through the login page, the e-mails received. */
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { api } from './a11yEvents'
import { baseUrl } from '../http/client'
import { TEST_PASSWORD } from '../setup/staffAccounts'

export { api }
export { mailsTo } from './capturedMail'
export { paragraphs as paragraph } from '../setup/richText'

/** The status and body of a REST call, for answers a test expects to be refusals. */
export async function call<T>(
  method: string,
  url: string,
  token: string,
  body?: unknown,
): Promise<{ status: number; json: T }> {
  const res = await fetch(`${baseUrl()}${url}`, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: res.status, json: (await res.json()) as T }
}

export async function token(email: string, password = TEST_PASSWORD): Promise<string> {
  const res = await fetch(`${baseUrl()}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  return ((await res.json()) as { token: string }).token
}

/** Logs in through the login page, as a person would; the browser announces English on purpose. */
export async function loginAs(browser: Browser, email: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'en-US', timezoneId: 'Europe/Paris' })
  const page = await context.newPage()
  await page.goto(`${baseUrl()}/admin/login`)
  await page.getByLabel(/e-mail/i).fill(email)
  await page.getByLabel(/mot de passe/i).fill(TEST_PASSWORD)
  await page.getByRole('button', { name: /connexion|se connecter/i }).click()
  await page.waitForURL((url) => url.pathname === '/admin', { timeout: 30_000 })
  return { context, page }
}
