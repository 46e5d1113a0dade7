/**
 * The press release of 1 June 2026, read back as an anonymous visitor: every fact must be on the site,
 * exactly as written. The expected values are typed here again from the release, not imported.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import config from '@payload-config'
import { type CollectionSlug, getPayload, type Payload, type Where } from 'payload'

import { seed } from '../../src/seed'
import { plainText } from '../../src/seed/lexical'

let payload: Payload

beforeAll(async () => {
  payload = await getPayload({ config })
  await seed(payload)
})

afterAll(async () => {
  await payload.destroy()
})

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- seeded documents walked as loose JSON, paths checked by the assertions
type Doc = Record<string, any>

/** As the public sees it: no user, access rules applied. */
async function publicFind(collection: CollectionSlug, where: Where = {}, depth = 0): Promise<Doc[]> {
  const result = await payload.find({ collection, where, depth, overrideAccess: false, limit: 100 })
  return result.docs as Doc[]
}
async function publicOne(collection: CollectionSlug, slug: string, depth = 0): Promise<Doc> {
  const docs = await publicFind(collection, { slug: { equals: slug } }, depth)
  expect(docs).toHaveLength(1)
  return docs[0]
}
const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as Doc).id : value)
const paris = (iso: string, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', ...options }).format(new Date(iso))
const parisDateTime = (iso: string) =>
  paris(iso, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })

const RELEASE_SLUG = 'l-occe-79-accueille-l-assemblee-generale-nationale-de-l-occe'
const OCCE79_ACTIONS = [
  'poesie',
  'lecture-et-ecriture',
  'thea',
  'mathematiques',
  'conseil-d-eleves',
  'messages-clairs',
  'preservation-de-l-environnement',
]
const MOVEMENT_PROJECTS = ['agendas-cooperatifs', 'droits-de-l-enfant']

describe('the federation and OCCE 79', () => {
  it('gives the federation its identity from the release', async () => {
    const [federation, ...others] = await publicFind('associations', { level: { equals: 'federation' } })
    expect(others).toHaveLength(0)
    expect(federation.fullName).toBe("Fédération nationale de l'Office Central de la Coopération à l'École")
    expect(federation.legal).toMatchObject({
      legalForm: 'Association loi 1901',
      publicUtility: true,
      approval: "agréée au titre des associations complémentaires de l'école par le ministère de l'Education nationale",
      founded: 1928,
      siret: '775 689 078 02379',
      nace: '9499Z',
    })
    expect(federation.address).toMatchObject({ street: '28 rue Jean Lolive', postalCode: '93500', city: 'Pantin' })
    expect(federation.phone).toBe('01 44 14 93 30')
    expect(federation.email).toBe('federation@occe.coop')
    expect(federation.website).toBe('https://www.occe.coop')
    expect(federation.figures).toMatchObject({ pupils: 5000000, cooperatives: 40000 })
  })

  it('places OCCE 79 in the Deux-Sèvres with its president, pupils and actions', async () => {
    const occe79 = await publicOne('associations', 'occe-79', 1)
    expect(occe79).toMatchObject({
      name: 'OCCE 79',
      level: 'departmental',
      departementCode: '79',
      departementName: 'Deux-Sèvres',
      region: 'nouvelle-aquitaine',
      president: 'Elisabeth Benoist',
    })
    expect(occe79.figures.pupils).toBe(10000)
    expect(occe79.actions.map((p: Doc) => p.slug)).toEqual(OCCE79_ACTIONS)
  })
})

describe('projects', () => {
  it('publishes the nine projects the release names, each with the association running it', async () => {
    const projects = await publicFind('projects', {}, 1)
    const bySlug = Object.fromEntries(projects.map((p) => [p.slug, p]))
    expect(Object.keys(bySlug).sort()).toEqual([...OCCE79_ACTIONS, ...MOVEMENT_PROJECTS].sort())
    for (const slug of OCCE79_ACTIONS) expect(bySlug[slug].associations.map((a: Doc) => a.slug)).toEqual(['occe-79'])
    for (const slug of MOVEMENT_PROJECTS)
      expect(bySlug[slug].associations.map((a: Doc) => a.level)).toEqual(['federation'])
    expect(bySlug.thea.title).toBe('Théâtre contemporain coopératif (Théâ)')
    expect(bySlug['conseil-d-eleves'].title).toBe("Conseil d'élèves")
    expect(projects.every((p) => p._status === 'published' && p.theme === 'projets-cooperatifs')).toBe(true)
    expect(bySlug.poesie.summary ?? null).toBeNull()
  })
})

describe('press contact', () => {
  it('is Sophie Courmont, for the federation', async () => {
    const [contact, ...others] = await publicFind('contacts', { email: { equals: 's.courmont@occe.coop' } }, 1)
    expect(others).toHaveLength(0)
    expect(contact).toMatchObject({
      name: 'Sophie Courmont',
      role: 'Responsable communication',
      phone: '06 04 98 28 92',
    })
    expect(contact.association.level).toBe('federation')
  })
})

describe('the General Assembly and its opening ceremony', () => {
  it('holds the AG in Niort from 3 to 6 June 2026, organised by OCCE 79, for 200 participants', async () => {
    const ag = await publicOne('events', 'assemblee-generale-nationale-2026', 1)
    expect(ag.startsAt).toBe('2026-06-02T22:00:00.000Z')
    expect(ag.endsAt).toBe('2026-06-06T21:59:00.000Z')
    expect(parisDateTime(ag.startsAt)).toBe('03/06/2026 00:00')
    expect(parisDateTime(ag.endsAt)).toBe('06/06/2026 23:59')
    expect(ag.allDay).toBe(true)
    expect(ag.venue.city).toBe('Niort')
    expect(ag.organiser.slug).toBe('occe-79')
    expect(ag.expectedParticipants).toBe(200)
    expect(ag.programme.map((item: Doc) => item.title)).toEqual([
      'Groupes de travail',
      'Temps de plénière',
      'Découverte du territoire des Deux-Sèvres',
    ])
    expect(ag.contact.email).toBe('s.courmont@occe.coop')
    expect(ag.summary).toBe(
      "Pendant 4 jours, 200 enseignant.es et partenaires venu.es de toute la France se réuniront pour échanger, débattre et tracer les perspectives d'une école plus coopérative, solidaire, citoyenne et émancipatrice.",
    )
  })

  it('holds the ceremony at Le Dôme on 4 June 2026, 9:00–10:30, with RSVPs closing as 4 June begins', async () => {
    const ceremony = await publicOne('events', 'ceremonie-d-ouverture-ag-nationale-2026', 1)
    expect(ceremony.startsAt).toBe('2026-06-04T07:00:00.000Z')
    expect(ceremony.endsAt).toBe('2026-06-04T08:30:00.000Z')
    expect(parisDateTime(ceremony.startsAt)).toBe('04/06/2026 09:00')
    expect(parisDateTime(ceremony.endsAt)).toBe('04/06/2026 10:30')
    expect(ceremony.allDay).toBeFalsy()
    expect(ceremony.venue).toMatchObject({ name: 'Le Dôme', city: 'Niort' })
    expect(ceremony.organiser.slug).toBe('occe-79')
    expect(ceremony.parent.slug).toBe('assemblee-generale-nationale-2026')
    expect(ceremony.rsvp.deadline).toBe('2026-06-03T22:00:00.000Z')
    expect(parisDateTime(ceremony.rsvp.deadline)).toBe('04/06/2026 00:00')
    expect(ceremony.rsvp.capacity ?? null).toBeNull()
    expect(ceremony.contact.name).toBe('Sophie Courmont')
    const programme = ceremony.programme.map((item: Doc) => `${item.title} ${item.description ?? ''}`).join('\n')
    expect(programme).toContain("des élu.es locaux et des représentant.es de l'Education Nationale")
    expect(programme).toContain("le travail d'une classe Théa en CM2 d'Echiré")
  })

  it('links the ceremony to a French RSVP form built from the RSVP field contract, with no e-mail settings', async () => {
    const ceremony = await publicOne('events', 'ceremonie-d-ouverture-ag-nationale-2026')
    const form = (await payload.findByID({
      collection: 'forms',
      id: idOf(ceremony.rsvp.form) as number,
      overrideAccess: false,
    })) as Doc
    expect(form.title).toBe("Inscription – Cérémonie d'ouverture de l'AG nationale")
    expect(form.fields.map((f: Doc) => f.name)).toEqual([
      'firstName',
      'lastName',
      'email',
      'organisation',
      'role',
      'attendees',
      'accessibility',
      'consent',
    ])
    expect(form.confirmationType).toBe('message')
    expect(plainText(form.confirmationMessage)).toMatch(/inscription/)
    const staffView = (await payload.findByID({ collection: 'forms', id: form.id })) as Doc
    expect(staffView.emails ?? []).toEqual([])
  })
})

describe('the press release', () => {
  it('is published with its title, dateline and lead', async () => {
    const release = await publicOne('news-releases', RELEASE_SLUG)
    expect(release._status).toBe('published')
    expect(release.title).toBe(
      "L'OCCE 79 accueille 200 acteurs de la coopération scolaire pour l'Assemblée Générale Nationale de l'OCCE",
    )
    expect(release.dateline.place).toBe('Paris')
    expect(release.dateline.date).toBe('2026-06-01T10:00:00.000Z')
    for (const timeZone of [
      'Europe/Paris',
      'UTC',
      'Pacific/Honolulu',
      'Pacific/Tongatapu',
      'America/Cayenne',
      'Indian/Reunion',
    ])
      expect(new Date(release.dateline.date).toLocaleDateString('fr-FR', { timeZone })).toBe('01/06/2026')
    expect(release.summary).toBe(
      "Du 3 au 6 juin prochain, la ville de Niort deviendra le point de ralliement de la coopération scolaire en France. En effet, l'association départementale de l'Office Central de la Coopération à l'École des Deux-Sèvres (OCCE 79) a le plaisir d'accueillir l'Assemblée Générale Nationale de son mouvement.",
    )
  })

  it('links the federation, both events, every project, the press contact and the boilerplate', async () => {
    const release = await publicOne('news-releases', RELEASE_SLUG, 1)
    expect(release.association.level).toBe('federation')
    expect(release.events.map((e: Doc) => e.slug)).toEqual([
      'assemblee-generale-nationale-2026',
      'ceremonie-d-ouverture-ag-nationale-2026',
    ])
    expect(release.projects.map((p: Doc) => p.slug)).toEqual([...OCCE79_ACTIONS, ...MOVEMENT_PROJECTS])
    expect(release.pressContact.email).toBe('s.courmont@occe.coop')
    expect(release.boilerplate.title).toBe("Mieux connaître l'OCCE")
  })

  it('carries the full text with its headings, identity block, quote and contact', async () => {
    const release = await publicOne('news-releases', RELEASE_SLUG)
    const body = plainText(release.body)
    const nodes = release.body.root.children as Doc[]
    expect(nodes.filter((n) => n.type === 'heading').map((n) => plainText({ root: n }))).toEqual([
      'Une reconnaissance pour le département et un rendez-vous sur les enjeux éducatifs',
      'Vous êtes invités au Dôme',
      "L'OCCE 79 en action : des projets qui font vivre la coopération dans les classes des Deux-Sèvres",
      'Contact OCCE',
    ])
    for (const sentence of [
      'Pendant 4 jours, 200 enseignant.es et partenaires venu.es de toute la France se réuniront',
      "mais sera aussi l'occasion de découverte du territoire des Deux-Sèvres.",
      "Vous êtes invité.es le 4 juin matin 9h à la Cérémonie d'ouverture en présence des élu.es locaux et des représentant.es de l'Education Nationale.",
      "Un temps récréatif où sera présent le travail d'une classe Théa en CM2 d'Echiré.",
      "Fédération nationale de l'Office Central de la Coopération à l'École\nAssociation reconnue d'utilité publique\n28 rue Jean Lolive, 93500 Pantin\nTél. : 01 44 14 93 30 - Contact : federation@occe.coop\nSite Internet : www.occe.coop | SIRET 775 689 078 02379 – N.A.C.E. 9499Z",
      "sur la poésie, la lecture et l'écriture, le théâtre contemporain coopératif (Théâ) les mathématiques mais aussi des actions qui favorisent le climat scolaire comme la mise en place du conseil d'élèves et les messages clairs ou la préservation de l'environnement.",
      '« Ce sont plus de 10 000 élèves qui vivent chaque jour la coopération dans nos écoles des Deux-Sèvres.',
      "grandir ensemble, c'est aller plus loin. » Elisabeth Benoist, Présidente l'association départementale des Deux-Sèvres.",
      "Découvrez l'activité du mouvement OCCE sur : www.occe.coop",
      'Sophie Courmont\nResponsable communication',
      "Pour assister à la cérémonie d'ouverture (9h-10h30), merci de confirmer votre présence avant le 4 juin auprès de Sophie Courmont : s.courmont@occe.coop - 06 04 98 28 92",
    ])
      expect(body).toContain(sentence)
    expect(body).not.toContain('Mieux connaître')
    expect(body).not.toContain('](#)')
    expect(JSON.stringify(release.body)).not.toContain('"link"')
  })

  it('sets "10 000 élèves" in bold inside the quote of Elisabeth Benoist', async () => {
    const release = await publicOne('news-releases', RELEASE_SLUG)
    const quote = (release.body.root.children as Doc[]).find((n) =>
      plainText({ root: n }).includes('Elisabeth Benoist,'),
    )
    const bold = quote!.children.filter((t: Doc) => t.format & 1).map((t: Doc) => t.text)
    expect(bold).toEqual(['10 000 élèves'])
  })
})

describe('the boilerplate "Mieux connaître l\'OCCE"', () => {
  it('keeps the structure: bold parts, headings, the three missions and the key figures as lists', async () => {
    const [boilerplate] = await publicFind('boilerplates', { title: { equals: "Mieux connaître l'OCCE" } })
    const nodes = boilerplate.body.root.children as Doc[]
    const text = (n: Doc) => plainText({ root: n })
    expect(nodes.filter((n) => n.type === 'heading').map(text)).toEqual([
      "L'OCCE, pour une coopération dès l'école",
      '3 grandes missions',
      'Les chiffres clés',
    ])
    const [missions, figures] = nodes.filter((n) => n.type === 'list')
    expect(missions.listType).toBe('bullet')
    expect(missions.children.map(text)).toEqual([
      'Animation de projets coopératifs – Culture artistique et littéraire, lire-écrire, environnement et citoyenneté.',
      'Gestion des coopératives scolaires – Accompagnement technique et pédagogique',
      "Formation à la pédagogie coopérative – dans l'établissement scolaire ou en stage thématique.",
    ])
    expect(missions.children.map((item: Doc) => item.children[0])).toEqual(
      [
        'Animation de projets coopératifs',
        'Gestion des coopératives scolaires',
        'Formation à la pédagogie coopérative',
      ].map((t) => expect.objectContaining({ text: t, format: 1 })),
    )
    expect(figures.children.map(text)).toEqual([
      '40 000 coopératives scolaires et autant de bénévoles',
      "5 millions d'élèves concernés",
      '102 associations départementales',
      '20 Unions régionales et 1 fédération nationale',
      '+ de 100 000 journées de formation par an',
    ])
    const bold = nodes.flatMap((n) => (n.type === 'paragraph' ? n.children : [])).filter((t: Doc) => t.format & 1)
    expect(bold.map((t: Doc) => t.text)).toEqual([
      "reconnue d'utilité publique",
      "ministère de l'Education nationale",
      'milite',
      'pratique de la coopération',
      'participation citoyenne',
      'développement démocratique de la vie associative',
    ])
    expect(plainText(boilerplate.body)).toContain(
      "L'Office Central de la Coopération à l'Ecole, créé en 1928, est une fédération",
    )
  })
})

describe('site settings', () => {
  it('holds the key figures, missions, tagline, navigation and the federation; legal texts stay empty', async () => {
    const settings = (await payload.findGlobal({ slug: 'site-settings', depth: 1, overrideAccess: false })) as Doc
    expect(settings.keyFigures.map(({ value, label }: Doc) => [value, label])).toEqual([
      ['40 000', 'coopératives scolaires et autant de bénévoles'],
      ['5 millions', "d'élèves concernés"],
      ['102', 'associations départementales'],
      ['20', 'Unions régionales et 1 fédération nationale'],
      ['+ de 100 000', 'journées de formation par an'],
    ])
    expect(settings.missions.map(({ title, description }: Doc) => [title, description])).toEqual([
      [
        'Animation de projets coopératifs',
        'Culture artistique et littéraire, lire-écrire, environnement et citoyenneté.',
      ],
      ['Gestion des coopératives scolaires', 'Accompagnement technique et pédagogique'],
      ['Formation à la pédagogie coopérative', "dans l'établissement scolaire ou en stage thématique."],
    ])
    expect(settings.tagline).toBe("pour une coopération dès l'école")
    expect(settings.federation.siret).toBeUndefined() // legal lives in a group
    expect(settings.federation.legal.siret).toBe('775 689 078 02379')
    expect(settings.navigation.map(({ label, url }: Doc) => [label, url])).toEqual([
      ['Communiqués', '/communiques'],
      ['Événements', '/evenements'],
      ['Associations', '/associations'],
      ['Projets', '/projets'],
    ])
    expect(settings.legalNotice?.publicationDirector ?? null).toBeNull()
    // No RGAA audit yet: « non conforme », with the federation's address as the feedback contact.
    expect(settings.accessibility?.status).toBe('none')
    expect(settings.accessibility?.rgaaVersion).toBe('4.1')
    expect(settings.accessibility?.contactEmail).toBe('federation@occe.coop')
  })
})

describe('running the seed again', () => {
  const counts = async () =>
    Object.fromEntries(
      await Promise.all(
        payload.config.collections.map(async ({ slug }) => [
          slug,
          (await payload.count({ collection: slug as CollectionSlug })).totalDocs,
        ]),
      ),
    )
  const versions = async () =>
    (await payload.countVersions({ collection: 'news-releases' })).totalDocs +
    (await payload.countVersions({ collection: 'events' })).totalDocs +
    (await payload.countVersions({ collection: 'projects' })).totalDocs

  it('creates nothing and changes nothing', async () => {
    const before = await counts()
    const versionsBefore = await versions()
    const release = await publicOne('news-releases', RELEASE_SLUG)
    const report = await seed(payload)
    for (const docs of report.values()) expect([...new Set(docs.values())]).toEqual(['unchanged'])
    expect(await counts()).toEqual(before)
    expect(await versions()).toBe(versionsBefore)
    expect((await publicOne('news-releases', RELEASE_SLUG)).updatedAt).toBe(release.updatedAt)
    expect(before).toMatchObject({
      associations: 2,
      projects: 9,
      events: 2,
      contacts: 1,
      boilerplates: 1,
      forms: 1,
      'news-releases': 1,
    })
  })

  it('rehearses with the AG 30 weeks later at the same Paris times, then puts the faithful dates back', async () => {
    const release = await publicOne('news-releases', RELEASE_SLUG)
    await seed(payload, { shiftWeeks: 30 })
    const ceremony = await publicOne('events', 'ceremonie-d-ouverture-ag-nationale-2026')
    const ag = await publicOne('events', 'assemblee-generale-nationale-2026')
    // 30 weeks after 4 June is 31 December: winter time, yet still 9:00 in Paris.
    expect(parisDateTime(ceremony.startsAt)).toBe('31/12/2026 09:00')
    expect(ceremony.startsAt).toBe('2026-12-31T08:00:00.000Z')
    expect(parisDateTime(ceremony.endsAt)).toBe('31/12/2026 10:30')
    expect(parisDateTime(ceremony.rsvp.deadline)).toBe('31/12/2026 00:00')
    expect(parisDateTime(ag.startsAt)).toBe('30/12/2026 00:00')
    expect(parisDateTime(ag.endsAt)).toBe('02/01/2027 23:59')
    const after = await publicOne('news-releases', RELEASE_SLUG)
    expect(after.updatedAt).toBe(release.updatedAt)
    expect(after.dateline.date).toBe('2026-06-01T10:00:00.000Z')
    expect(await payload.count({ collection: 'events' })).toMatchObject({ totalDocs: 2 })

    await seed(payload)
    const restored = await publicOne('events', 'ceremonie-d-ouverture-ag-nationale-2026')
    expect(restored.startsAt).toBe('2026-06-04T07:00:00.000Z')
    expect(restored.endsAt).toBe('2026-06-04T08:30:00.000Z')
    expect(restored.rsvp.deadline).toBe('2026-06-03T22:00:00.000Z')
    expect((await publicOne('events', 'assemblee-generale-nationale-2026')).startsAt).toBe('2026-06-02T22:00:00.000Z')
  })
})
