/**
 * An AD editor of OCCE 79 runs an event's registrations from the event, in Chromium: a ready registration
 * form extended with their own question, a form that cannot take registrations refused with a message
 * naming what is missing, the panel's counts and links, a registration taken by phone, readable answers,
 * « Annuler l'inscription » (guest told, waiting list moves up) and « Renvoyer la confirmation »; the staff's
 * own question in the contact's e-mail and the CSV export; the form's confirmation message shown to the guest.
 * E-mails are what the harness's SMTP server on 127.0.0.1 received (tests/setup/smtpMailbox.ts).
 */
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser } from 'playwright-core'

import { baseUrl } from '../http/client'
import { TEST_PASSWORD, TEST_STAFF } from '../setup/staffAccounts'
import { fillValid, newPage } from './a11yEvents'
import { launchBrowser } from './browser'
import { api, call, loginAs as login, mailsTo, paragraph, token } from './staffSession'

type Id = string | number
const DAY = 24 * 3600e3
const AD_EDITOR = 'ad79-inscriptions@tests.occe.test'
const CONTACT_EMAIL = 'contact-atelier@exemple.fr'

let browser: Browser
let adminToken: string
let adToken: string
let occe79: Id
let form: { id: Id; fields: { name: string; blockType: string; label: string }[] }
let event: { id: Id; slug: string }
let contact: Id
const loginAs = (email: string) => login(browser, email)

const answers = (email: string, attendees: number, workshop = 'Coopération') => [
  { field: 'firstName', value: 'Inès' },
  { field: 'lastName', value: 'Moreau' },
  { field: 'email', value: email },
  { field: 'role', value: 'enseignant' },
  { field: 'attendees', value: String(attendees) },
  { field: 'consent', value: 'true' },
  { field: 'atelier', value: workshop },
]

beforeAll(async () => {
  browser = await launchBrowser()
  adminToken = await token(TEST_STAFF.admin.email)
  const { docs } = await api<{ docs: { id: Id; name: string }[] }>(
    'GET',
    '/api/associations?limit=200&depth=0',
    adminToken,
  )
  occe79 = docs.find((a) => a.name === 'OCCE 79')!.id
  await api('POST', '/api/users', adminToken, {
    email: AD_EDITOR,
    password: TEST_PASSWORD,
    role: 'ad-editor',
    association: occe79,
  })
  adToken = await token(AD_EDITOR)
  contact = (
    await api<{ doc: { id: Id } }>('POST', '/api/contacts', adminToken, {
      name: 'Accueil des ateliers',
      email: CONTACT_EMAIL,
      association: occe79,
    })
  ).doc.id
})

afterAll(async () => {
  await browser?.close()
})

describe('registration forms without traps', () => {
  it('a form created without fields comes with the registration fields; the AD editor attaches it and adds their own question', async () => {
    const created = await api<{ doc: typeof form }>('POST', '/api/forms', adToken, {
      title: `Inscription atelier ${Date.now()}`,
      confirmationType: 'message',
      confirmationMessage: paragraph('Merci, à bientôt.'),
    })
    expect(created.doc.fields.map((f) => f.name)).toEqual([
      'firstName',
      'lastName',
      'email',
      'organisation',
      'role',
      'attendees',
      'accessibility',
      'consent',
    ])
    const startsAt = new Date(Date.now() + 25 * DAY)
    event = (
      await api<{ doc: typeof event }>('POST', '/api/events', adToken, {
        title: `Atelier coopératif ${Date.now()}`,
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 2 * 3600e3).toISOString(),
        venue: { name: 'École Jean-Macé', city: 'Niort' },
        contact,
        rsvp: { form: created.doc.id, capacity: 3, deadline: new Date(startsAt.getTime() - DAY).toISOString() },
        _status: 'published',
      })
    ).doc
    const fields = [
      ...created.doc.fields.map(({ id: _id, ...f }: { id?: unknown } & Record<string, unknown>) => f),
      { blockType: 'text', name: 'atelier', label: 'Atelier choisi', required: true, width: 100 },
    ]
    form = (await api<{ doc: typeof form }>('PATCH', `/api/forms/${created.doc.id}`, adToken, { fields })).doc
    expect(form.fields.map((f) => f.label)).toContain('Atelier choisi')
  })

  it('attaching a form that cannot take registrations is refused, naming what is missing', async () => {
    const broken = await api<{ doc: { id: Id } }>('POST', '/api/forms', adToken, {
      title: `Formulaire maison ${Date.now()}`,
      fields: [
        { blockType: 'text', name: 'prenom', label: 'Prénom', required: true },
        { blockType: 'text', name: 'nom', label: 'Nom', required: true },
        { blockType: 'email', name: 'email', label: 'E-mail', required: true },
      ],
      confirmationType: 'message',
      confirmationMessage: paragraph('Merci.'),
    })
    const startsAt = new Date(Date.now() + 20 * DAY)
    const { status, json } = await call<{ errors: { message: string; data?: { errors?: { message: string }[] } }[] }>(
      'POST',
      '/api/events',
      adToken,
      {
        title: `Atelier au formulaire maison ${Date.now()}`,
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 3600e3).toISOString(),
        rsvp: { form: broken.doc.id, capacity: 10 },
        _status: 'published',
      },
    )
    expect(status).toBe(400)
    const message = JSON.stringify(json)
    expect(message).toContain('ne peut pas recevoir d’inscriptions')
    for (const missing of ['« Prénom » (nom firstName', '« Nom » (nom lastName', 'attendees', 'consent'])
      expect(message).toContain(missing)
    expect(message).not.toContain('« Adresse e-mail »')
  })
})

describe('the registration panel on the event', () => {
  beforeAll(async () => {
    await api('POST', '/api/form-submissions', adminToken, {
      form: form.id,
      submissionData: answers('premiere@exemple.fr', 2),
    })
  })

  it('the event’s contact is told by e-mail, with the answer to the staff’s own question', async () => {
    const [mail] = await mailsTo(CONTACT_EMAIL)
    expect(mail.subject).toMatch(/^Nouvelle inscription – Atelier coopératif/)
    expect(mail.text).toContain('Nom : Inès Moreau')
    expect(mail.text).toContain('Qualité : Enseignant·e')
    expect(mail.text).toContain('Atelier choisi : Coopération')
    // Sent over SMTP: the server's own file capture (used only without SMTP settings) stayed empty.
    expect(fs.existsSync(path.join(process.env.TEST_DATA_DIR as string, 'mail'))).toBe(false)
  })

  it('shows counts, places left, deadline, open registrations and the links; a phone registration goes through the same rules', async () => {
    const { context, page } = await loginAs(AD_EDITOR)
    await page.goto(`${baseUrl()}/admin/collections/events/${event.id}`)
    const panel = page.getByTestId('registration-panel')
    await panel.waitFor({ timeout: 30_000 })
    const text = await panel.innerText()
    expect(text).toMatch(/Confirmées\s+2 personnes \(1 inscription\)/)
    expect(text).toMatch(/Liste d’attente\s+0 personne \(0 inscription\)/)
    expect(text).toMatch(/Places restantes\s+1 place restante sur 3/)
    expect(text).toMatch(/Inscriptions\s+ouvertes/)
    expect(text).toMatch(/Date limite\s+\d{2}\/\d{2}\/\d{4} à \d{1,2} h \d{2}/)
    await expect(panel.getByRole('link', { name: 'Page publique' }).getAttribute('href')).resolves.toBe(
      `/evenements/${event.slug}`,
    )
    await expect(panel.getByRole('link', { name: 'Exporter (CSV)' }).getAttribute('href')).resolves.toBe(
      `/api/rsvp/export?form=${form.id}`,
    )
    await expect(
      panel.getByRole('link', { name: 'Liste d’attente (ordre d’arrivée)' }).getAttribute('href'),
    ).resolves.toContain('sort=arrival')

    // A phone call: two people, one seat left → waiting list, same rule as the public form.
    await panel.getByRole('button', { name: /Inscrire quelqu’un/ }).click()
    await panel.getByLabel('Prénom *').fill('Paul')
    await panel.getByLabel('Nom *', { exact: true }).fill('Téléphone')
    await panel.getByLabel('Adresse e-mail *').fill('paul.telephone@exemple.fr')
    await panel.getByLabel('Vous venez en tant que *').selectOption('elu')
    await panel.getByLabel('Nombre de personnes (vous compris) *').fill('2')
    await panel.getByLabel('Atelier choisi *').fill('Conseil d’élèves')
    await panel.getByRole('button', { name: 'Enregistrer l’inscription' }).click()
    await expect(panel.getByRole('alert').innerText()).resolves.toMatch(/accepter le traitement de vos données/)
    await panel.getByLabel(/J’accepte que mes données/).check()
    await panel.getByRole('button', { name: 'Enregistrer l’inscription' }).click()
    await panel.getByRole('status').filter({ hasText: 'Inscription placée sur liste d’attente' }).waitFor()
    await page.reload()
    await expect(page.getByTestId('registration-panel').innerText()).resolves.toMatch(
      /Liste d’attente\s+2 personnes \(1 inscription\)/,
    )
    const [waiting] = await mailsTo('paul.telephone@exemple.fr')
    expect(waiting.subject).toMatch(/attente/i)

    // Same address again: refused as on the public form.
    await page
      .getByTestId('registration-panel')
      .getByRole('button', { name: /Inscrire quelqu’un/ })
      .click()
    const again = page.getByTestId('registration-panel')
    await again.getByLabel('Prénom *').fill('Paul')
    await again.getByLabel('Nom *', { exact: true }).fill('Téléphone')
    await again.getByLabel('Adresse e-mail *').fill('PAUL.telephone@exemple.fr')
    await again.getByLabel('Vous venez en tant que *').selectOption('elu')
    await again.getByLabel('Nombre de personnes (vous compris) *').fill('1')
    await again.getByLabel('Atelier choisi *').fill('Conseil')
    await again.getByLabel(/J’accepte que mes données/).check()
    await again.getByRole('button', { name: 'Enregistrer l’inscription' }).click()
    await expect(again.getByRole('alert').innerText()).resolves.toMatch(/existe déjà avec cette adresse/)

    // The CSV export has a column per question of the staff's own, headed by its label.
    await page.reload()
    const exportLink = page.getByTestId('registration-panel').getByRole('link', { name: 'Exporter (CSV)' })
    const [download] = await Promise.all([page.waitForEvent('download'), exportLink.click()])
    const [header, ...rows] = fs
      .readFileSync((await download.path()) as string, 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
      .map((line) => line.split(';'))
    const column = header.indexOf('Atelier choisi')
    expect(header[column - 1]).toBe('Besoins d’accessibilité')
    expect(header[column + 1]).toBe('Inscrit le (heure de Paris)')
    const byEmail = new Map(rows.map((row) => [row[header.indexOf('E-mail')], row]))
    expect(byEmail.get('premiere@exemple.fr')?.[column]).toBe('Coopération')
    expect(byEmail.get('paul.telephone@exemple.fr')?.[column]).toBe('Conseil d’élèves')
    await context.close()
  })

  it('a registration reads as answers under the form’s labels; cancelling tells the guest and moves the waiting list up; resending sends the confirmation again', async () => {
    const { docs } = await api<{ docs: { id: Id; email: string }[] }>(
      'GET',
      `/api/form-submissions?where[event][equals]=${event.id}&depth=0`,
      adminToken,
    )
    const first = docs.find((d) => d.email === 'premiere@exemple.fr')!
    const { context, page } = await loginAs(AD_EDITOR)
    await page.goto(`${baseUrl()}/admin/collections/form-submissions/${first.id}`)
    const details = page.getByTestId('registration-details')
    await details.waitFor({ timeout: 30_000 })
    const text = await details.innerText()
    expect(text).toMatch(/Statut\s+Confirmée/)
    expect(text).toMatch(/N° d’arrivée\s+1/)
    expect(text).toMatch(/Atelier choisi\s+Coopération/)
    expect(text).toMatch(/Vous venez en tant que\s+Enseignant·e/)
    expect(text).toMatch(/J’accepte que mes données.*\s+Oui/)
    expect(await page.locator('body').innerText()).not.toMatch(/Submission Datum|Submission Data/)

    await details.getByRole('button', { name: 'Renvoyer la confirmation' }).click()
    await details.getByRole('status').filter({ hasText: 'Confirmation renvoyée à premiere@exemple.fr' }).waitFor()
    const confirmations = await mailsTo('premiere@exemple.fr', 2)
    expect(confirmations[1].subject).toMatch(/^Inscription confirmée/)

    page.once('dialog', (dialog) => void dialog.accept())
    await details.getByRole('button', { name: 'Annuler l’inscription' }).click()
    await page.getByRole('status').filter({ hasText: 'Inscription annulée' }).waitFor()
    const told = await mailsTo('premiere@exemple.fr', 3)
    expect(told[2].subject).toMatch(/^Inscription annulée/)
    // Two seats freed: Paul's two people move up from the waiting list and are told.
    const promoted = await mailsTo('paul.telephone@exemple.fr', 2)
    expect(promoted[1].subject).toMatch(/confirmée/i)

    await page.goto(`${baseUrl()}/admin/collections/events/${event.id}`)
    const panel = await page.getByTestId('registration-panel').innerText()
    expect(panel).toMatch(/Confirmées\s+2 personnes \(1 inscription\)/)
    expect(panel).toMatch(/Liste d’attente\s+0 personne/)
    expect(panel).toMatch(/Annulées\s+1 inscription/)
    await context.close()
  })

  it('staff of another association neither see the panel’s figures nor act on the registrations', async () => {
    const { docs } = await api<{ docs: { id: Id; name: string }[] }>(
      'GET',
      '/api/associations?limit=200&depth=0',
      adminToken,
    )
    const other = docs.find((a) => a.name !== 'OCCE 79' && a.name !== 'OCCE')!
    const email = `ad-autre-${Date.now()}@tests.occe.test`
    await api('POST', '/api/users', adminToken, {
      email,
      password: TEST_PASSWORD,
      role: 'ad-editor',
      association: other.id,
    })
    const stranger = await token(email)
    const { docs: regs } = await api<{ docs: { id: Id }[] }>(
      'GET',
      `/api/form-submissions?where[event][equals]=${event.id}&depth=0`,
      adminToken,
    )
    for (const action of ['annuler', 'renvoyer']) {
      const res = await call<{ message: string }>('POST', `/api/form-submissions/${regs[0].id}/${action}`, stranger)
      expect(res.status).toBe(404)
      expect(res.json.message).toBe('Inscription introuvable.')
    }
  })
})

describe('the form’s confirmation message', () => {
  it('is shown to the guest after registering, with or without JavaScript, confirmed or on the waiting list', async () => {
    // One place is left (two confirmed of three): this guest is confirmed.
    const guest = await newPage(browser)
    // Wait for hydration: a click before it would post the plain HTML form instead.
    await guest.page.goto(`${baseUrl()}/evenements/${event.slug}`, { waitUntil: 'networkidle' })
    await fillValid(guest.page, 'invitee.message@exemple.fr')
    await guest.page.locator('#rsvp-atelier').fill('Coopération')
    await guest.page.getByRole('button', { name: 'Je m’inscris' }).click()
    const answer = guest.page.locator('#inscription-resultat')
    await answer.getByText('Inscription confirmée.').waitFor()
    await expect(answer.innerText()).resolves.toContain('Merci, à bientôt.')
    await guest.close()

    // Where the form lands without JavaScript, for each answer.
    const plain = await newPage(browser, { javaScriptEnabled: false })
    for (const [page, title] of [
      ['confirmee', 'Inscription confirmée.'],
      ['attente', 'Inscription sur liste d’attente.'],
    ]) {
      await plain.page.goto(`${baseUrl()}/inscription/${event.id}/${page}`)
      const text = await plain.page.locator('#inscription-resultat').innerText()
      expect(text).toContain(title)
      expect(text).toContain('Merci, à bientôt.')
    }
    await plain.close()
  })
})

describe('editing a form', () => {
  it('offers the confirmation message (no redirect); a change reaches the public event page within seconds', async () => {
    const visitor = await newPage(browser)
    await visitor.page.goto(`${baseUrl()}/evenements/${event.slug}`)
    await visitor.page.getByRole('button', { name: 'Je m’inscris' }).waitFor()

    const { context, page } = await loginAs(AD_EDITOR)
    await page.goto(`${baseUrl()}/admin/collections/forms/${form.id}`, { waitUntil: 'networkidle' })
    // The confirmation message is what the guest reads after registering; a redirect is not offered.
    await page.getByText('Affiché à la personne juste après son inscription').waitFor()
    await expect(page.getByText('Type de confirmation').count()).resolves.toBe(0)
    await page.locator('#field-submitButtonLabel').fill('Je réserve ma place')
    await page.locator('#action-save').click()
    await page
      .getByText(/mis à jour avec succès|enregistré/i)
      .first()
      .waitFor()
    const saved = Date.now()
    await context.close()

    // A new visit after the save shows the change, not the cached page.
    let seconds = Infinity
    for (let i = 0; i < 20; i++) {
      await visitor.page.goto(`${baseUrl()}/evenements/${event.slug}`)
      if (await visitor.page.getByRole('button', { name: 'Je réserve ma place' }).count()) {
        seconds = (Date.now() - saved) / 1000
        break
      }
      await new Promise((r) => setTimeout(r, 500))
    }
    expect(seconds).toBeLessThan(5)
    await visitor.close()
  })
})
