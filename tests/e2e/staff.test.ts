/**
 * The staff's admin in Chromium (production build, browser announcing en-US): a federation editor, an AD
 * editor of OCCE 79 and an admin each log in through the UI and see French texts, a 24-hour clock, the
 * OCCE's identity, their own scope, a French scheduler and the places left on the public page.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser } from 'playwright-core'

import { previewUrl } from '../../src/data/paths'
import { rsvpFormFields } from '../../src/rsvp/rules/formDefinition'
import { baseUrl } from '../http/client'
import { TEST_PASSWORD, TEST_STAFF } from '../setup/staffAccounts'
import { launchBrowser } from './browser'
import { api, loginAs as login, paragraph, token } from './staffSession'

const DAY = 24 * 3600e3
const AD_EDITOR = { email: 'ad79@tests.occe.test', password: TEST_PASSWORD }
const AMERICAN =
  /\b(AM|PM)\b|(January|February|March|April|May|June|July|August|September|October|November|December) \d/

let browser: Browser
let adminToken: string
let occe79: { id: string | number; name: string }
let otherAssociation: { id: string | number; name: string }
const loginAs = (email: string) => login(browser, email)

beforeAll(async () => {
  browser = await launchBrowser()
  adminToken = await token(TEST_STAFF.admin.email)
  const { docs } = await api<{ docs: { id: string | number; name: string }[] }>(
    'GET',
    '/api/associations?limit=200&depth=0&sort=name',
    adminToken,
  )
  occe79 = docs.find((a) => a.name === 'OCCE 79')!
  otherAssociation = docs.find((a) => a.name !== 'OCCE 79')!
  await api('POST', '/api/users', adminToken, {
    email: AD_EDITOR.email,
    password: AD_EDITOR.password,
    role: 'ad-editor',
    association: occe79.id,
    name: 'Camille Deux-Sèvres',
  })
})

afterAll(async () => {
  await browser?.close()
})

describe('the OCCE’s admin, in French', () => {
  it('login page: the OCCE’s name and logo, not Payload’s, in French', async () => {
    const context = await browser.newContext({ locale: 'en-US' })
    const page = await context.newPage()
    await page.goto(`${baseUrl()}/admin/login`)
    await page
      .getByRole('img', { name: /OCCE – Office Central de la Coopération à l’École/ })
      .waitFor({ state: 'visible' })
    await page.getByLabel(/mot de passe/i).waitFor()
    const text = await page.locator('body').innerText()
    expect(text).not.toMatch(/payload/i)
    expect(await page.title()).toMatch(/OCCE/)
    const icon = await page.locator('link[rel="icon"]').first().getAttribute('href')
    expect(icon).toMatch(/^data:image\/svg\+xml/)
    await context.close()
  })

  it('federation editor: dashboard of what needs doing, dates on a 24-hour clock, « Créer » without « nouveau ou nouvelle »', async () => {
    const { context, page } = await loginAs(TEST_STAFF.editor.email)
    await expect(page.getByTestId('occe-scope').innerText()).resolves.toMatch(/Fédération nationale/)
    await page.getByRole('heading', { name: 'À faire' }).waitFor()
    for (const title of ['Brouillons', 'Publications programmées', 'Prochains événements', 'Dernières inscriptions'])
      await expect(page.getByRole('heading', { name: title }).isVisible()).resolves.toBe(true)

    await page.goto(`${baseUrl()}/admin/collections/events`)
    // Date cells render once the list has hydrated.
    await page
      .locator('table tbody')
      .getByText(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/)
      .first()
      .waitFor()
    const table = await page.locator('table').innerText()
    expect(table).toMatch(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/)
    expect(table).not.toMatch(AMERICAN)
    const body = await page.locator('body').innerText()
    expect(body).not.toMatch(/nouveau ou nouvelle/)
    const create = page.getByRole('link', { name: 'Créer : Événement' })
    await create.waitFor()
    await expect(create.innerText()).resolves.toBe('Créer')

    // Date fields: 24-hour list titled « Heure ».
    await page.goto(`${baseUrl()}/admin/collections/events/create`, { waitUntil: 'networkidle' })
    const times = page.locator('.react-datepicker__time-list')
    // A click that lands before the field has hydrated opens nothing: click again, as a person would.
    for (let attempt = 0; attempt < 5 && !(await times.isVisible()); attempt++) {
      await page.locator('#field-startsAt input').first().click()
      await times.waitFor({ timeout: 3_000 }).catch(() => undefined)
    }
    await times.waitFor()
    await expect(page.locator('.react-datepicker-time__header').innerText()).resolves.toBe('Heure')
    const list = await times.innerText()
    expect(list).toMatch(/\b13:00\b/)
    expect(list).not.toMatch(/AM|PM/)
    await context.close()
  })

  it('federation editor schedules a draft: French window, « Publier » preselected, past times refused, « Programmé le … » shown', async () => {
    const title = `Communiqué programmé ${Date.now()}`
    const editorToken = await token(TEST_STAFF.editor.email)
    const { doc } = await api<{ doc: { id: string | number } }>('POST', '/api/news-releases?draft=true', editorToken, {
      title,
      association: occe79.id,
      dateline: { place: 'Paris', date: new Date().toISOString() },
      _status: 'draft',
    })
    const { context, page } = await loginAs(TEST_STAFF.editor.email)
    await page.goto(`${baseUrl()}/admin/collections/news-releases/${doc.id}`)
    await page.locator('#action-save').waitFor()
    await page.locator('#action-save-popup .popup-button').click()
    await page.getByRole('button', { name: 'Programmer la publication' }).click()
    await page.getByRole('heading', { name: `Programmer « ${title} »` }).waitFor()
    await expect(page.getByLabel('Publier').isChecked()).resolves.toBe(true)
    await expect(page.getByLabel('Retirer du site').isChecked()).resolves.toBe(false)
    const hours = await page.locator('#occe-schedule-hour option').allInnerTexts()
    expect(hours).toHaveLength(24)
    expect(hours[0]).toBe('00 h')
    expect(hours[23]).toBe('23 h')
    expect(await page.locator('.occe-schedule').innerText()).not.toMatch(/\bTime\b|Temps|AM|PM/)

    // Today at 00:00 is already past: refused with a French message, nothing scheduled.
    const today = new Intl.DateTimeFormat('fr-FR', {
      timeZone: 'Europe/Paris',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
    }).format(new Date())
    await page.locator('#occe-schedule-day input').fill(today)
    await page.locator('#occe-schedule-day input').press('Enter')
    await page.locator('#occe-schedule-hour').selectOption('0')
    await page.locator('#occe-schedule-minute').selectOption('0')
    await page.locator('#occe-schedule-save').click()
    await page.getByRole('alert').filter({ hasText: 'déjà passée' }).waitFor()

    // Tomorrow at 14:30, Paris time.
    const tomorrow = new Intl.DateTimeFormat('fr-FR', {
      timeZone: 'Europe/Paris',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
    }).format(new Date(Date.now() + DAY))
    await page.locator('#occe-schedule-day input').fill(tomorrow)
    await page.locator('#occe-schedule-day input').press('Enter')
    await page.locator('#occe-schedule-hour').selectOption('14')
    await page.locator('#occe-schedule-minute').selectOption('30')
    await page.locator('#occe-schedule-save').click()
    await page.locator('.occe-schedule__upcoming').getByText(`Programmé le ${tomorrow} à 14 h 30`).waitFor()
    await page.keyboard.press('Escape')
    await expect(page.getByTestId('scheduled-note').innerText()).resolves.toBe(`Programmé le ${tomorrow} à 14 h 30`)
    await expect(page.locator('.doc-controls .status').isVisible()).resolves.toBe(false)

    await page.goto(`${baseUrl()}/admin/collections/news-releases`)
    const row = page.locator('table tbody tr').filter({ hasText: title })
    await row.waitFor()
    await expect(row.innerText()).resolves.toContain(`Programmé le ${tomorrow} à 14 h 30`)

    await page.goto(`${baseUrl()}/admin`)
    await expect(page.getByTestId('dashboard-scheduled').innerText()).resolves.toContain(
      `${title} Programmé le ${tomorrow} à 14 h 30`,
    )
    await context.close()
  })

  it('federation editor publishes: a « Voir sur le site » link to the public page; previews are relative links', async () => {
    expect(previewUrl('events')({ slug: 'ag-niort' })).toBe('/preview?collection=events&slug=ag-niort')
    const title = `Projet publié ${Date.now()}`
    const editorToken = await token(TEST_STAFF.editor.email)
    const { doc } = await api<{ doc: { id: string | number; slug: string } }>(
      'POST',
      '/api/projects?draft=true',
      editorToken,
      {
        title,
        associations: [occe79.id],
        theme: 'projets-cooperatifs',
        _status: 'draft',
      },
    )
    const { context, page } = await loginAs(TEST_STAFF.editor.email)
    await page.goto(`${baseUrl()}/admin/collections/projects/${doc.id}`)
    await page.locator('#action-save').waitFor()
    await expect(page.getByRole('link', { name: 'Voir sur le site' }).count()).resolves.toBe(0)
    await page.locator('#action-save').click()
    const link = page.getByRole('link', { name: 'Voir sur le site' })
    await link.waitFor({ timeout: 30_000 })
    expect(await link.getAttribute('href')).toBe(`/projets/${doc.slug}`)
    const [publicPage] = await Promise.all([context.waitForEvent('page'), link.click()])
    await publicPage.waitForLoadState()
    await expect(publicPage.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(title)
    await context.close()
  })
})

describe('an AD editor (OCCE 79) sees their association’s admin', () => {
  it('their association’s name, only the groups they can act on, only their association as organiser', async () => {
    const { context, page } = await loginAs(AD_EDITOR.email)
    await expect(page.getByTestId('occe-scope').innerText()).resolves.toMatch(/OCCE 79 – Deux-Sèvres/)
    const nav = await page.locator('nav').first().innerText()
    expect(nav).toMatch(/Événements/)
    expect(nav).not.toMatch(/Comptes|Paramètres du site|Administration/)

    await page.goto(`${baseUrl()}/admin/collections/events/create`)
    const organiser = page.locator('#field-organiser')
    await organiser.waitFor()
    await organiser.locator('.rs__control').click()
    await page.locator('.rs__option').first().waitFor()
    const options = await page.locator('.rs__option').allInnerTexts()
    expect(options).toEqual(['OCCE 79'])
    expect(options).not.toContain(otherAssociation.name)
    await context.close()
  })
})

describe('the public event page says how many places are left', () => {
  it('« N places restantes », then « complet — liste d’attente ouverte » once every seat is taken', async () => {
    const { doc: form } = await api<{ doc: { id: string | number } }>('POST', '/api/forms', adminToken, {
      title: `Inscription – places ${Date.now()}`,
      fields: rsvpFormFields,
      confirmationType: 'message',
      confirmationMessage: paragraph('Merci.'),
    })
    const startsAt = new Date(Date.now() + 30 * DAY)
    const { doc: event } = await api<{ doc: { id: string | number; slug: string } }>(
      'POST',
      '/api/events',
      adminToken,
      {
        title: `Atelier à trois places ${Date.now()}`,
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 3600e3).toISOString(),
        organiser: occe79.id,
        venue: { name: 'École Jules-Ferry', city: 'Niort' },
        rsvp: { form: form.id, deadline: new Date(startsAt.getTime() - DAY).toISOString(), capacity: 3 },
        _status: 'published',
      },
    )
    const register = (email: string, attendees: number) =>
      api('POST', '/api/form-submissions', adminToken, {
        form: form.id,
        submissionData: [
          { field: 'firstName', value: 'Ana' },
          { field: 'lastName', value: 'Martin' },
          { field: 'email', value: email },
          { field: 'role', value: 'enseignant' },
          { field: 'attendees', value: String(attendees) },
          { field: 'consent', value: 'true' },
        ],
      })
    const context = await browser.newContext({ locale: 'fr-FR' })
    const page = await context.newPage()
    await page.goto(`${baseUrl()}/evenements/${event.slug}`)
    await expect(page.locator('#inscription').innerText()).resolves.toContain('(3 places restantes sur 3)')

    await register('ana.un@exemple.fr', 2)
    await page.goto(`${baseUrl()}/evenements/${event.slug}`)
    await expect(page.locator('#inscription').innerText()).resolves.toContain('(1 place restante sur 3)')

    await register('ana.deux@exemple.fr', 1)
    await page.goto(`${baseUrl()}/evenements/${event.slug}`)
    const full = await page.locator('#inscription').innerText()
    expect(full).toContain('complet — liste d’attente ouverte')
    expect(full).not.toMatch(/\(3 places\)/)
    await context.close()
  })
})
