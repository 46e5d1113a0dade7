/**
 * Events of the accessibility browser tests, created by the admin test account through REST, and the
 * helpers those tests share (a browser context with its own client address, axe-core).
 */
import path from 'node:path'
import crypto from 'node:crypto'

import type { Browser, BrowserContextOptions, Page } from 'playwright-core'

import { rsvpFormFields } from '../../src/rsvp/rules/formDefinition'
import { baseUrl, staffToken } from '../http/client'
import { paragraphs } from '../setup/richText'

export type TestEvent = { id: string; slug: string; title: string }
const DAY = 24 * 3600e3

export const adminToken = () => staffToken('admin')

export async function api<T>(method: string, url: string, token: string, body?: unknown): Promise<T> {
  const res = await fetch(`${baseUrl()}${url}`, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const json = (await res.json()) as T
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${JSON.stringify(json)}`)
  return json
}

/** A published event in three weeks with its own RSVP form; `deadline` defaults to the day before. */
export async function createEvent(
  token: string,
  name: string,
  rsvp: { capacity?: number; deadline?: Date; form?: boolean } = {},
): Promise<TestEvent> {
  const startsAt = new Date(Date.now() + 21 * DAY)
  let form: { id: string | number } | undefined
  if (rsvp.form !== false) {
    ;({ doc: form } = await api<{ doc: { id: string | number } }>('POST', '/api/forms', token, {
      title: `Inscription – ${name}`,
      fields: rsvpFormFields,
      confirmationType: 'message',
      confirmationMessage: paragraphs('Merci.'),
    }))
  }
  const { docs: associations } = await api<{ docs: { id: string | number }[] }>(
    'GET',
    '/api/associations?limit=1&depth=0',
    token,
  )
  const title = `${name} ${crypto.randomBytes(3).toString('hex')}`
  const { doc } = await api<{ doc: { id: string | number; slug: string } }>('POST', '/api/events', token, {
    title,
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 90 * 60e3).toISOString(),
    organiser: associations[0].id,
    venue: { name: 'Le Dôme', city: 'Niort' },
    ...(form
      ? {
          rsvp: {
            form: form.id,
            deadline: (rsvp.deadline ?? new Date(startsAt.getTime() - DAY)).toISOString(),
            capacity: rsvp.capacity ?? 50,
          },
        }
      : {}),
    _status: 'published',
  })
  return { id: String(doc.id), slug: doc.slug, title }
}

let clients = 0

/**
 * A context keyed on an address of its own by the per-client limit of public submissions (the tests
 * stand in for the proxy, which sets these headers), so these tests never wait for another's tokens.
 */
export async function newPage(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<{ page: Page; close: () => Promise<void> }> {
  const ip = `10.${(process.pid % 200) + 20}.${Math.floor(++clients / 250)}.${clients % 250}`
  const context = await browser.newContext({
    locale: 'fr-FR',
    ...options,
    extraHTTPHeaders: { 'X-Real-IP': ip, 'X-Forwarded-For': ip, ...options.extraHTTPHeaders },
  })
  const page = await context.newPage()
  return { page, close: () => context.close() }
}

export async function fillValid(page: Page, email: string) {
  await page.locator('#rsvp-firstName').fill('Élise')
  await page.locator('#rsvp-lastName').fill('Durand')
  await page.locator('#rsvp-email').fill(email)
  await page.locator('#rsvp-role').selectOption('partenaire')
  await page.locator('#rsvp-attendees').fill('1')
  await page.locator('#rsvp-consent').check()
}

/** What a screen reader lands on: the focused element's id, and the page title it announces. */
export const focusAndTitle = (page: Page) =>
  page.evaluate(() => ({ focus: document.activeElement?.id ?? '', title: document.title }))

/** axe-core, WCAG 2.1 A and AA (plus any extra rules named), on the page as it is now. */
export async function axe(page: Page, extraRules: string[] = []): Promise<string[]> {
  await page.addScriptTag({ path: path.resolve('node_modules/axe-core/axe.min.js') })
  return page.evaluate(async (rules) => {
    type Axe = {
      run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>
    }
    const engine = (window as unknown as { axe: Axe }).axe
    const options = rules.length
      ? { runOnly: { type: 'rule', values: rules } }
      : { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }
    const result = await engine.run(document, options)
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  }, extraRules)
}

/** WCAG 1.4.12: line height 1.5, paragraph spacing 2, letter spacing 0.12, word spacing 0.16 (em). */
export const TEXT_SPACING_CSS = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`
