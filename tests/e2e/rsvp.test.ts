/**
 * A guest registers for an upcoming event in Chromium, with and without JavaScript, then cancels with the
 * link from the captured confirmation e-mail. The event is created by the admin test account through REST.
 */
import fs from 'node:fs'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import { rsvpFormFields } from '../../src/rsvp/rules/formDefinition'
import { baseUrl } from '../http/client'
import { paragraphs } from '../setup/richText'
import { adminToken as logIn, api } from './a11yEvents'
import { launchBrowser } from './browser'
import { mailTo } from './capturedMail'

let browser: Browser
let event: { id: string | number; slug: string }
let adminToken: string
let formId: string | number
const DAY = 24 * 3600e3

beforeAll(async () => {
  browser = await launchBrowser()
  const token = await logIn()
  adminToken = token
  const { doc: form } = await api<{ doc: { id: string | number } }>('POST', '/api/forms', token, {
    title: 'Inscription – répétition',
    fields: rsvpFormFields,
    confirmationType: 'message',
    confirmationMessage: paragraphs('Merci.'),
  })
  const { docs: associations } = await api<{ docs: { id: string | number }[] }>(
    'GET',
    '/api/associations?limit=1&depth=0',
    token,
  )
  const { docs: contacts } = await api<{ docs: { id: string | number }[] }>(
    'GET',
    '/api/contacts?limit=1&depth=0',
    token,
  )
  const startsAt = new Date(Date.now() + 21 * DAY)
  const { doc } = await api<{ doc: { id: string | number; slug: string } }>('POST', '/api/events', token, {
    title: `Cérémonie de répétition ${Date.now()}`,
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 90 * 60e3).toISOString(),
    organiser: associations[0].id,
    contact: contacts[0]?.id,
    venue: { name: 'Le Dôme', city: 'Niort' },
    rsvp: { form: form.id, deadline: new Date(startsAt.getTime() - DAY).toISOString(), capacity: 50 },
    _status: 'published',
  })
  event = doc
  formId = form.id
})

afterAll(async () => {
  await browser?.close()
})

async function fillValid(page: Page, email: string) {
  await page.locator('#rsvp-firstName').fill('Élise')
  await page.locator('#rsvp-lastName').fill('Durand')
  await page.locator('#rsvp-email').fill(email)
  await page.locator('#rsvp-role').selectOption('partenaire')
  await page.locator('#rsvp-attendees').fill('2')
  await page.locator('#rsvp-consent').check()
}

describe('a guest registers in Chromium', () => {
  it('with JavaScript: inline errors tied to their fields, then an immediate confirmation', async () => {
    const context = await browser.newContext({ locale: 'fr-FR' })
    const page = await context.newPage()
    // Wait for the form's script: a click before it runs would post the plain HTML form instead.
    const scripts: string[] = []
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname)
    })
    await page.goto(`${baseUrl()}/evenements/${event.slug}`, { waitUntil: 'networkidle' })
    // The form's one static script, no Next runtime (src/data/scriptFree.mjs).
    expect(scripts).toEqual(['/rsvp-form.js'])
    await expect(page.getByRole('heading', { name: 'Protection de vos données' }).isVisible()).resolves.toBe(true)
    await expect(page.getByText(/CNIL/).isVisible()).resolves.toBe(true)

    await page.locator('#rsvp-email').fill('pas-une-adresse')
    await page.getByRole('button', { name: 'Je m’inscris' }).click()
    await page.locator('#rsvp-erreurs').waitFor()
    expect(page.url()).toContain(`/evenements/${event.slug}`)
    // In place: focus on the summary, the title says so, each error linked to its field.
    expect(await page.evaluate(() => [document.activeElement?.id, document.title])).toEqual([
      'rsvp-erreurs',
      expect.stringMatching(/^Erreur – Inscription à Cérémonie de répétition \d+ – OCCE$/),
    ])
    await expect(page.locator('#rsvp-erreurs a[href="#rsvp-email"]').textContent()).resolves.toMatch(
      /Adresse e-mail invalide/,
    )
    const email = page.locator('#rsvp-email')
    await expect(email.getAttribute('aria-invalid')).resolves.toBe('true')
    const describedBy = await email.getAttribute('aria-describedby')
    await expect(page.locator(`#${describedBy}`).textContent()).resolves.toMatch(/Adresse e-mail invalide/)
    await expect(page.locator('#rsvp-consent-erreur').textContent()).resolves.toMatch(/accepter le traitement/)

    await fillValid(page, 'elise.js@exemple.fr')
    await page.getByRole('button', { name: 'Je m’inscris' }).click()
    await page.getByText('Inscription confirmée.').waitFor()
    await expect(page.getByRole('status').first().textContent()).resolves.toMatch(/confirmée/)
    // The answer replaced the form, took focus, carries the form's own message; the title says it.
    expect(await page.evaluate(() => [document.activeElement?.id, document.title])).toEqual([
      'inscription-resultat',
      expect.stringMatching(/^Inscription confirmée – Cérémonie de répétition \d+ – OCCE$/),
    ])
    await expect(page.locator('#inscription-resultat').textContent()).resolves.toContain('Merci.')
    expect(await page.locator('form[action="/api/rsvp/register"]').count()).toBe(0)
    expect(page.url()).toContain(`/evenements/${event.slug}`)
    await context.close()
  })

  it('with JavaScript: a network failure is said in place, and the form can be sent again', async () => {
    const context = await browser.newContext({ locale: 'fr-FR' })
    const page = await context.newPage()
    await page.goto(`${baseUrl()}/evenements/${event.slug}`, { waitUntil: 'networkidle' })
    await fillValid(page, 'elise.reseau@exemple.fr')
    await page.route('**/api/rsvp/register', (route) => route.abort())
    await page.getByRole('button', { name: 'Je m’inscris' }).click()
    await page.locator('#rsvp-erreurs').waitFor()
    await expect(page.locator('#rsvp-erreurs').textContent()).resolves.toMatch(
      /Une erreur empêche l’inscription :.*Connexion impossible : vérifiez votre réseau et réessayez\./,
    )
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('rsvp-erreurs')
    await page.unroute('**/api/rsvp/register')
    await page.getByRole('button', { name: 'Je m’inscris' }).click()
    await page.locator('#inscription-resultat').waitFor()
    expect(await page.locator('#rsvp-erreurs').count()).toBe(0)
    await context.close()
  })

  it('without JavaScript: the server sends back the errors, then the confirmation', async () => {
    const context = await browser.newContext({ locale: 'fr-FR', javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${baseUrl()}/evenements/${event.slug}`)
    await fillValid(page, 'ELISE.JS@exemple.fr ')
    await page.getByRole('button', { name: 'Je m’inscris' }).click()
    await page.waitForURL(new RegExp(`/inscription/${event.id}/erreur#rsvp-erreurs$`))
    await expect(page.locator('#rsvp-email-erreur').textContent()).resolves.toMatch(/existe déjà/)
    await expect(page.locator('#rsvp-email').getAttribute('aria-describedby')).resolves.toBe('rsvp-email-erreur')
    await expect(page.locator('#rsvp-firstName').inputValue()).resolves.toBe('Élise')

    await page.locator('#rsvp-email').fill('elise.sansjs@exemple.fr')
    await page.locator('#rsvp-consent').check()
    await page.getByRole('button', { name: 'Je m’inscris' }).click()
    await page.waitForURL(new RegExp(`/inscription/${event.id}/confirmee#inscription-resultat$`))
    await expect(page.getByText('Inscription confirmée.').isVisible()).resolves.toBe(true)
    await context.close()
  })

  it('cancels with the link from the confirmation e-mail', async () => {
    const mail = await mailTo('elise.js@exemple.fr')
    expect(mail.subject).toMatch(/^Inscription confirmée – Cérémonie de répétition/)
    expect(mail.attachments.map((a) => a.filename)).toEqual(['code-entree.png', 'evenement.ics'])
    const link = /https?:\/\/\S+\/inscription\/annuler\?r=\w+&t=[\w-]+/.exec(mail.text ?? '')?.[0]
    expect(link).toBeTruthy()

    const context = await browser.newContext({ locale: 'fr-FR' })
    const page = await context.newPage()
    await page.goto(link as string)
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Annuler votre inscription ?')
    await page.getByRole('button', { name: 'Confirmer l’annulation' }).click()
    await page.getByRole('heading', { name: 'Inscription annulée' }).waitFor()
    // The link is now spent: opening it again says so and offers nothing to click.
    await page.goto(link as string)
    await expect(page.getByRole('button', { name: 'Confirmer l’annulation' }).count()).resolves.toBe(0)
    await context.close()
  })

  it('staff find the CSV export in the form’s sidebar', async () => {
    const context = await browser.newContext({ locale: 'fr-FR' })
    await context.addCookies([{ name: 'payload-token', value: adminToken, url: baseUrl() }])
    const page = await context.newPage()
    await page.goto(`${baseUrl()}/admin/collections/forms/${formId}`)
    const link = page.getByRole('link', { name: 'Exporter les inscriptions (CSV)' })
    await link.waitFor({ timeout: 30_000 })
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()])
    const file = await download.path()
    const csv = fs.readFileSync(file as string, 'utf8')
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    expect(csv).toContain('elise.sansjs@exemple.fr')
    expect(csv).toContain('Annulée')
    await context.close()
  })
})
