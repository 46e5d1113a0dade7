/**
 * Scheduled publication in Chromium, as an AD editor of OCCE 79 uses it: cancelling a schedule
 * (« Annuler la programmation », the « Programmé le … » label goes), and the server refusing what the
 * scheduler's requests could be turned into — scheduling, or cancelling the schedule of, another
 * association's document. Those requests are the admin's own « schedule-publish » server-function calls,
 * rewritten in flight as someone with the browser's developer tools would.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import { baseUrl } from '../http/client'
import { TEST_PASSWORD, TEST_STAFF } from '../setup/staffAccounts'
import { launchBrowser } from './browser'
import { api, loginAs as login, token } from './staffSession'

type Id = string | number
const DAY = 24 * 3600e3
const AD_EDITOR = `ad79-programmation-${Date.now()}@tests.occe.test`

let browser: Browser
let editorToken: string
let occe79: Id
let other: Id
const loginAs = (email: string) => login(browser, email)

const frenchDay = (at: Date) =>
  new Intl.DateTimeFormat('fr-FR', {
    timeZone: 'Europe/Paris',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(at)
const tomorrow = () => frenchDay(new Date(Date.now() + DAY))

async function draftRelease(title: string, association: Id): Promise<Id> {
  const { doc } = await api<{ doc: { id: Id } }>('POST', '/api/news-releases?draft=true', editorToken, {
    title,
    association,
    dateline: { place: 'Niort', date: new Date().toISOString() },
    _status: 'draft',
  })
  return doc.id
}

async function openScheduler(page: Page, id: Id) {
  await page.goto(`${baseUrl()}/admin/collections/news-releases/${id}`)
  await page.locator('#action-save').waitFor()
  await page.locator('#action-save-popup .popup-button').click()
  await page.getByRole('button', { name: 'Programmer la publication' }).click()
  await page.locator('#occe-schedule-save').waitFor()
  // The list of what is already scheduled has loaded.
  await page
    .locator('.occe-schedule')
    .getByText(/Rien n’est programmé|Programmé le|Retrait programmé/)
    .first()
    .waitFor()
}

async function schedule(page: Page, day: string, hour: number) {
  await page.locator('#occe-schedule-day input').fill(day)
  await page.locator('#occe-schedule-day input').press('Enter')
  await page.locator('#occe-schedule-hour').selectOption(String(hour))
  await page.locator('#occe-schedule-minute').selectOption('0')
  await page.locator('#occe-schedule-save').click()
}

/** Rewrites the arguments of the next « schedule-publish » server-function call of this page. */
async function rewriteNextSchedulePublish(page: Page, change: (args: Record<string, unknown>) => void) {
  let rewritten = false
  await page.route('**/admin/**', async (route) => {
    const request = route.request()
    const body = request.postData()
    if (
      rewritten ||
      request.method() !== 'POST' ||
      !request.headers()['next-action'] ||
      !body?.includes('"schedule-publish"')
    )
      return route.continue()
    const call = JSON.parse(body) as [{ name: string; args: Record<string, unknown> }]
    change(call[0].args)
    rewritten = true
    await route.continue({ postData: JSON.stringify(call) })
  })
}

beforeAll(async () => {
  browser = await launchBrowser()
  const adminToken = await token(TEST_STAFF.admin.email)
  editorToken = await token(TEST_STAFF.editor.email)
  const { docs } = await api<{ docs: { id: Id; name: string }[] }>(
    'GET',
    '/api/associations?limit=200&depth=0&sort=name',
    adminToken,
  )
  occe79 = docs.find((a) => a.name === 'OCCE 79')!.id
  other = docs.find((a) => a.name !== 'OCCE 79' && a.name !== 'OCCE')!.id
  await api('POST', '/api/users', adminToken, {
    email: AD_EDITOR,
    password: TEST_PASSWORD,
    role: 'ad-editor',
    association: occe79,
  })
})

afterAll(async () => {
  await browser?.close()
})

describe('scheduled publication', () => {
  it('an AD editor cancels a scheduled publication: « Annuler la programmation », the « Programmé le … » label goes', async () => {
    const title = `Communiqué à déprogrammer ${Date.now()}`
    const id = await draftRelease(title, occe79)
    const { context, page } = await loginAs(AD_EDITOR)
    await openScheduler(page, id)
    await schedule(page, tomorrow(), 10)
    const item = page.locator('.occe-schedule__upcoming li').filter({ hasText: `Programmé le ${tomorrow()} à 10 h 00` })
    await item.waitFor()
    await expect(page.getByTestId('scheduled-note').innerText()).resolves.toBe(`Programmé le ${tomorrow()} à 10 h 00`)

    await item.getByRole('button', { name: 'Annuler la programmation' }).click()
    await page.locator('.occe-schedule').getByText('Rien n’est programmé pour ce document.').waitFor()
    await page.getByTestId('scheduled-note').waitFor({ state: 'detached' })
    await page.keyboard.press('Escape')
    await expect(page.locator('.doc-controls .status').innerText()).resolves.toMatch(/Brouillon/)

    await page.goto(`${baseUrl()}/admin/collections/news-releases`)
    const row = page.locator('table tbody tr').filter({ hasText: title })
    await row.waitFor()
    const text = await row.innerText()
    expect(text).toContain('Brouillon')
    expect(text).not.toContain('Programmé le')
    await context.close()
  })

  it('an AD editor cannot schedule another association’s document through the scheduler’s server call', async () => {
    const own = await draftRelease(`Communiqué du 79 ${Date.now()}`, occe79)
    const theirs = await draftRelease(`Communiqué d’une autre association ${Date.now()}`, other)
    const { context, page } = await loginAs(AD_EDITOR)
    await openScheduler(page, own)
    await rewriteNextSchedulePublish(page, (args) => {
      ;(args.doc as { value: string }).value = String(theirs)
    })
    await schedule(page, tomorrow(), 11)
    await page.getByRole('alert').filter({ hasText: 'La programmation a échoué' }).waitFor()
    await context.close()

    // The other association's document has nothing scheduled (federation editor's view).
    const federation = await loginAs(TEST_STAFF.editor.email)
    await openScheduler(federation.page, theirs)
    await federation.page.locator('.occe-schedule').getByText('Rien n’est programmé pour ce document.').waitFor()
    await federation.context.close()
  })

  it('an AD editor cannot cancel another association’s scheduled publication through the scheduler’s server call', async () => {
    const theirs = await draftRelease(`Communiqué programmé ailleurs ${Date.now()}`, other)
    // The federation schedules the other association's document; its job id is in the scheduler's answer.
    const federation = await loginAs(TEST_STAFF.editor.email)
    // The bodies are read as the answers arrive; all of them are awaited before looking (a body read could
    // still be pending when the page already shows the schedule).
    const answers: Promise<string>[] = []
    federation.page.on('response', (response) => {
      if (response.request().postData()?.includes('"get-upcoming-scheduled-publish"'))
        answers.push(response.text().catch(() => ''))
    })
    await openScheduler(federation.page, theirs)
    await schedule(federation.page, tomorrow(), 9)
    await federation.page.locator('.occe-schedule__upcoming').getByText(`Programmé le ${tomorrow()} à 9 h 00`).waitFor()
    const jobId = (await Promise.all(answers))
      .map((text) => /"id":("[^"]*"|\d+),"input"/.exec(text)?.[1])
      .filter(Boolean)
      .map((raw) => JSON.parse(raw!) as Id)
      .at(-1)
    expect(jobId).toBeDefined()

    // The AD editor cancels their own schedule, the request naming the other association's job instead.
    const own = await draftRelease(`Communiqué du 79 programmé ${Date.now()}`, occe79)
    const { context, page } = await loginAs(AD_EDITOR)
    await openScheduler(page, own)
    await schedule(page, tomorrow(), 12)
    const item = page.locator('.occe-schedule__upcoming li').filter({ hasText: `Programmé le ${tomorrow()} à 12 h 00` })
    await item.waitFor()
    await rewriteNextSchedulePublish(page, (args) => {
      args.deleteID = jobId
    })
    await item.getByRole('button', { name: 'Annuler la programmation' }).click()
    await page.getByRole('alert').filter({ hasText: 'L’annulation a échoué' }).waitFor()
    await context.close()

    await federation.page.reload()
    await expect(federation.page.getByTestId('scheduled-note').innerText()).resolves.toBe(
      `Programmé le ${tomorrow()} à 9 h 00`,
    )
    await federation.context.close()
  })
})
