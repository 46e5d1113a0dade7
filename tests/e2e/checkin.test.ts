/**
 * Event-day check-in in Chromium against the production build: staff scan a guest's link (from the
 * captured confirmation e-mail) and find guests by name on the door page, twice (the second time is refused
 * with the first time shown); a stranger sees nothing personal and cannot check in; two concurrent
 * check-ins record one; the counts reach another phone by themselves; the sign-in sheet lists everyone.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, BrowserContext } from 'playwright-core'

import { baseUrl } from '../http/client'
import { decodeQrPng } from '../setup/decodeQr'
import { TEST_STAFF } from '../setup/staffAccounts'
import { adminToken as adminToken_, api, createEvent } from './a11yEvents'
import { launchBrowser } from './browser'
import { mailTo } from './capturedMail'

let browser: Browser
let adminToken: string
let eventId: string
let eventTitle: string
const ids: Record<string, string> = {}
const STAFF_NAME = TEST_STAFF.admin.email
const TIME = '\\d{1,2} h( \\d\\d)?'

const entryLink = async (address: string) => {
  const link = /https?:\/\/\S+\/entree\/[A-Za-z0-9]+\.[\w-]{43}/.exec((await mailTo(address)).text ?? '')?.[0]
  if (!link) throw new Error(`no entry link for ${address}`)
  return link
}

const staffContext = async (options: { javaScriptEnabled?: boolean } = {}): Promise<BrowserContext> => {
  const context = await browser.newContext({ locale: 'fr-FR', ...options })
  await context.addCookies([{ name: 'payload-token', value: adminToken, url: baseUrl() }])
  return context
}

const postCheckIn = (fields: Record<string, string>, headers: Record<string, string> = {}) =>
  fetch(`${baseUrl()}/api/checkin`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json', ...headers },
    body: new URLSearchParams(fields).toString(),
  })

const submission = (id: string) =>
  api<{ checkedInAt?: string | null; checkedInBy?: string | null }>(
    'GET',
    `/api/form-submissions/${id}?depth=0`,
    adminToken,
  )

beforeAll(async () => {
  browser = await launchBrowser()
  adminToken = await adminToken_()
  const event = await createEvent(adminToken, 'Cérémonie d’accueil', { capacity: 100 })
  eventId = event.id
  eventTitle = event.title
  const { rsvp } = await api<{ rsvp: { form: string | number } }>('GET', `/api/events/${eventId}?depth=0`, adminToken)
  const form = { id: rsvp.form }
  const guests = [
    ['zola', 'Anne', 'Zola', '1', ''],
    ['durand', 'Élise', 'Durand', '2', 'Boucle magnétique'],
    ['martin', 'Chloé', 'Martin', '1', ''],
    ['lefevre', 'Jean', 'Lefèvre', '3', ''],
    ['eluard', 'Paul', 'Éluard', '1', ''],
  ]
  for (const [key, firstName, lastName, attendees, accessibility] of guests) {
    const values: Record<string, string> = {
      firstName,
      lastName,
      email: `${key}@accueil.test`,
      role: 'partenaire',
      attendees,
      consent: 'true',
      accessibility,
    }
    const { doc } = await api<{ doc: { id: string } }>('POST', '/api/form-submissions', adminToken, {
      form: form.id,
      submissionData: Object.entries(values)
        .filter(([, v]) => v)
        .map(([field, value]) => ({ field, value })),
    })
    ids[key] = String(doc.id)
  }
})

afterAll(async () => {
  await browser?.close()
})

describe('check-in at the door', () => {
  it('a stranger who opens a guest’s link sees nothing personal and cannot check in', async () => {
    const link = await entryLink('durand@accueil.test')
    const context = await browser.newContext({ locale: 'fr-FR' })
    const page = await context.newPage()
    await page.goto(link)
    const body = (await page.locator('main').textContent()) ?? ''
    expect(body).toContain('Ce code d’entrée est personnel')
    expect(body).not.toMatch(/Durand|Élise|Boucle|personnes/)
    await expect(page.getByRole('button', { name: 'Marquer présent' }).count()).resolves.toBe(0)
    for (const url of [`/pointage/${eventId}`, `/pointage/${eventId}/emargement`]) {
      await page.goto(`${baseUrl()}${url}`)
      expect(await page.locator('main').textContent()).not.toMatch(/Durand|Zola|Martin/)
    }
    await context.close()

    const code = link.split('/entree/')[1]
    // Without a session, and with a session but from another site: refused, nothing recorded.
    expect((await postCheckIn({ code }, { Origin: baseUrl() })).status).toBe(401)
    expect(
      (await postCheckIn({ code }, { Origin: 'https://pirate.example', Cookie: `payload-token=${adminToken}` })).status,
    ).toBe(403)
    expect((await postCheckIn({ code }, { Cookie: `payload-token=${adminToken}` })).status).toBe(403)
    expect((await submission(ids.durand)).checkedInAt ?? null).toBeNull()
  })

  it('staff check a guest in from the QR link; a second scan shows when and by whom', async () => {
    const link = await entryLink('durand@accueil.test')
    const context = await staffContext()
    const page = await context.newPage()
    await page.goto(link)
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Élise Durand')
    const main = (await page.locator('main').textContent()) ?? ''
    expect(main).toContain('2 personnes')
    expect(main).toContain('Boucle magnétique')
    expect(main).toContain('Inscription confirmée')
    await page.getByRole('button', { name: 'Marquer présent' }).click()
    const done = await page.getByRole('status').textContent()
    expect(done).toMatch(new RegExp(`^Présence enregistrée à ${TIME} par ${STAFF_NAME}\\.$`))

    await page.goto(link)
    const again = await page.getByRole('status').textContent()
    expect(again).toMatch(new RegExp(`^Déjà enregistré à ${TIME} par ${STAFF_NAME}\\.$`))
    expect(again?.replace('Déjà enregistré', '')).toBe(done?.replace('Présence enregistrée', ''))
    await expect(page.getByRole('button', { name: 'Marquer présent' }).count()).resolves.toBe(0)
    await context.close()
  })

  it('staff find a guest by name (accents and case ignored) and tick them; a second phone is told it is done', async () => {
    const watcher = await (await staffContext()).newPage()
    await watcher.goto(`${baseUrl()}/pointage/${eventId}`, { waitUntil: 'networkidle' })
    const present = watcher.locator('[data-count="present"]')
    await expect(present.textContent()).resolves.toBe('2')
    await expect(watcher.locator('[data-count="expected"]').textContent()).resolves.toBe('8')

    const first = await (await staffContext()).newPage()
    const second = await (await staffContext()).newPage()
    for (const page of [first, second])
      await page.goto(`${baseUrl()}/pointage/${eventId}`, { waitUntil: 'networkidle' })
    await first.getByLabel('Nom ou e-mail').fill('LEFEVRE')
    await expect(first.locator('#liste-participants > li:visible').count()).resolves.toBe(1)
    await first.getByRole('button', { name: 'Marquer présent : Jean Lefèvre' }).click()
    await first.waitForURL(/resultat=enregistre/)
    const recorded = await first.getByRole('status').first().textContent()
    expect(recorded).toMatch(new RegExp(`^Jean Lefèvre : présence enregistrée à ${TIME} par ${STAFF_NAME}\\.$`))

    // The second phone still shows the button: its click is refused with the first time.
    await second.getByRole('button', { name: 'Marquer présent : Jean Lefèvre' }).click()
    await second.waitForURL(/resultat=deja/)
    const refused = await second.getByRole('status').first().textContent()
    expect(refused).toMatch(/^Jean Lefèvre : déjà enregistré à /)
    expect(refused?.split(' à ')[1]).toBe(recorded?.split(' à ')[1])

    // The watching phone's counts move by themselves: 2 + 3 people present, 8 − 5 to come.
    await present.filter({ hasText: /^5$/ }).waitFor({ timeout: 10_000 })
    await expect(watcher.locator('[data-count="toCome"]').textContent()).resolves.toBe('3')
    await Promise.all([watcher, first, second].map((p) => p.context().close()))
  })

  it('works without JavaScript: search by e-mail fragment, then tick', async () => {
    const context = await staffContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${baseUrl()}/pointage/${eventId}`)
    await page.getByLabel('Nom ou e-mail').fill('ELUARD@')
    await page
      .getByRole('search', { name: 'Rechercher un participant' })
      .getByRole('button', { name: 'Rechercher' })
      .click()
    await page.waitForURL(/q=ELUARD/)
    await expect(page.locator('#liste-participants > li:visible').count()).resolves.toBe(1)
    await page.getByRole('button', { name: 'Marquer présent : Paul Éluard' }).click()
    await page.waitForURL(/resultat=enregistre/)
    await expect(page.locator(`#inscription-${ids.eluard}`).textContent()).resolves.toMatch(
      new RegExp(`Présent·e à ${TIME}`),
    )
    await context.close()
  })

  it('two concurrent check-ins of the same guest record one', async () => {
    const headers = { Origin: baseUrl(), Cookie: `payload-token=${adminToken}` }
    const answers = await Promise.all([
      postCheckIn({ inscription: ids.martin }, headers),
      postCheckIn({ inscription: ids.martin }, headers),
    ])
    const bodies = (await Promise.all(answers.map((r) => r.json()))) as {
      ok: boolean
      recorded: boolean
      checkedInAt: string
    }[]
    expect(bodies.map((b) => b.ok)).toEqual([true, true])
    expect(bodies.filter((b) => b.recorded)).toHaveLength(1)
    expect(bodies[0].checkedInAt).toBe(bodies[1].checkedInAt)

    // Bad input: a French 4xx, nothing recorded.
    const forged = await postCheckIn({ code: `${ids.zola}.${'A'.repeat(43)}` }, headers)
    expect(forged.status).toBe(404)
    await expect(forged.json()).resolves.toMatchObject({
      message: expect.stringMatching(/^Ce code d’entrée n’est pas valable/),
    })
    expect((await postCheckIn({}, headers)).status).toBe(400)
    expect((await submission(ids.zola)).checkedInAt ?? null).toBeNull()
  })

  it('the guest’s registration page shows the same code as the e-mail', async () => {
    const mail = await mailTo('zola@accueil.test')
    const cancelLink = /https?:\/\/\S+\/inscription\/annuler\?r=\w+&t=[\w-]+/.exec(mail.text ?? '')?.[0] as string
    const context = await browser.newContext({ locale: 'fr-FR' })
    const page = await context.newPage()
    await page.goto(cancelLink)
    const image = page.getByRole('img', { name: /^QR code d’entrée/ })
    const src = (await image.getAttribute('src')) ?? ''
    expect(src.startsWith('data:image/png;base64,')).toBe(true)
    const decoded = await decodeQrPng(Buffer.from(src.split(',')[1], 'base64'))
    expect(decoded).toBe(await entryLink('zola@accueil.test'))
    await context.close()
  })

  it('the event’s registration panel (admin) shows attendance and leads to the door and the sheet', async () => {
    const context = await staffContext()
    const page = await context.newPage()
    await page.goto(`${baseUrl()}/admin/collections/events/${eventId}`)
    const panel = page.getByTestId('registration-panel')
    await panel.waitFor({ timeout: 30_000 })
    // Durand 2, Lefèvre 3, Éluard 1 and Martin 1 are in; Zola is still to come.
    const text = await panel.innerText()
    expect(text).toMatch(/Présents\s+7 personnes \(4 inscriptions\)/)
    expect(text).toMatch(/Encore à venir\s+1 personne \(1 inscription\)/)
    await expect(
      panel.getByRole('link', { name: 'Feuille d’émargement (à imprimer)' }).getAttribute('href'),
    ).resolves.toBe(`/pointage/${eventId}/emargement`)
    await page.goto(`${baseUrl()}/admin/collections/form-submissions/${ids.durand}`)
    const details = page.getByTestId('registration-details')
    await details.waitFor({ timeout: 30_000 })
    expect(await details.innerText()).toMatch(
      new RegExp(`Présent·e\\s+oui, arrivée enregistrée le \\d\\d/\\d\\d/\\d{4} à ${TIME} par ${STAFF_NAME}`),
    )
    await context.close()
  })

  it('prints a sign-in sheet with every registration, by last name', async () => {
    const context = await staffContext()
    const page = await context.newPage()
    await page.goto(`${baseUrl()}/pointage/${eventId}/emargement`)
    const names = await page.locator('tbody tr td:first-child').allTextContents()
    expect(names).toEqual(['DURAND', 'ÉLUARD', 'LEFÈVRE', 'MARTIN', 'ZOLA'])
    const people = await page.locator('tbody tr td:nth-child(4)').allTextContents()
    expect(people).toEqual(['2', '1', '3', '1', '1'])
    const caption = (await page.locator('caption').textContent()) ?? ''
    expect(caption).toContain(eventTitle)
    expect(caption).toContain('Le Dôme')
    await page.emulateMedia({ media: 'print' })
    await expect(page.locator('.site-header').isVisible()).resolves.toBe(false)
    await context.close()
  })
})
