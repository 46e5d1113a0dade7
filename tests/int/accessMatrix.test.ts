/**
 * Deny by default, proven over every role (and anonymous) × every collection × create/read/update/delete,
 * on published and draft documents of the actor's own association and of another one.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import config from '@payload-config'
import { getPayload, type CollectionSlug, type Payload } from 'payload'
import sharp from 'sharp'

import { rsvpFormFields } from '../../src/rsvp/rules/formDefinition'
import { paragraphs } from '../setup/richText'
import { refusal } from './refusal'

type Actor = 'anonymous' | 'admin' | 'editor' | 'ad-editor'
type Owner = 'own' | 'other'
type Status = 'published' | 'draft'
type Op = 'create' | 'read' | 'update' | 'delete'

const ACTORS: Actor[] = ['anonymous', 'admin', 'editor', 'ad-editor']
const DRAFTABLE = ['news-releases', 'events', 'projects'] as const
const OWNED = ['contacts', 'boilerplates', 'media'] as const
const OPS: Op[] = ['create', 'read', 'update', 'delete']

let payload: Payload
let png: Buffer
const ids: Record<string, string | number> = {}
const users: Record<Exclude<Actor, 'anonymous'> | 'ad86', Record<string, unknown>> = {} as never

const ownerField = (collection: string) =>
  collection === 'events' ? 'organiser' : collection === 'projects' ? 'associations' : 'association'

function dataFor(collection: string, owner: Owner, status?: Status, label = 'Document') {
  const association = owner === 'own' ? ids.ad79 : ids.ad86
  const owned = { [ownerField(collection)]: collection === 'projects' ? [association] : association }
  const base: Record<string, unknown> = { ...owned, ...(status ? { _status: status } : {}) }
  switch (collection) {
    case 'news-releases':
      return {
        ...base,
        title: label,
        dateline: { place: 'Niort', date: '2026-06-01T10:00:00.000Z' },
        body: paragraphs(label),
      }
    case 'events':
      return { ...base, title: label, startsAt: '2026-09-01T07:00:00.000Z', endsAt: '2026-09-01T09:00:00.000Z' }
    case 'projects':
      return { ...base, title: label, theme: 'formation' }
    case 'contacts':
      return { ...base, name: label, email: 'contact@occe79.test' }
    case 'boilerplates':
      return { ...base, title: label, body: paragraphs(label) }
    case 'media':
      return { ...base, alt: label }
    default:
      throw new Error(collection)
  }
}

const fileFor = (collection: string) =>
  collection === 'media' ? { file: { data: png, mimetype: 'image/png', name: 'carre.png', size: png.length } } : {}

let counter = 0
async function fixture(collection: string, owner: Owner, status?: Status) {
  counter += 1
  const doc = await payload.create({
    collection: collection as CollectionSlug,
    data: dataFor(collection, owner, status, `Fixture ${counter}`) as never,
    ...fileFor(collection),
    draft: status === 'draft',
  })
  return doc.id
}

const formData = (title: string) => ({
  title,
  fields: rsvpFormFields.map((f) => ({ ...f })),
  confirmationType: 'message',
  confirmationMessage: paragraphs('Merci.'),
})

/** An RSVP form owned by an association, as its staff would create it. */
async function rsvpForm(owner: Owner) {
  counter += 1
  const doc = await payload.create({
    collection: 'forms',
    data: { ...formData(`Inscription ${counter}`), owner: owner === 'own' ? ids.ad79 : ids.ad86 } as never,
  })
  return doc.id
}

/** A published, upcoming event of that association taking registrations on the form. */
async function rsvpEvent(owner: Owner, form: string | number) {
  counter += 1
  const starts = Date.now() + 30 * 86_400_000
  const doc = await payload.create({
    collection: 'events',
    data: {
      ...dataFor('events', owner, 'published', `Événement ${counter}`),
      startsAt: new Date(starts).toISOString(),
      endsAt: new Date(starts + 3_600_000).toISOString(),
      rsvp: { form, capacity: 50 },
    } as never,
  })
  return doc.id
}

const rsvpAnswers = (email: string) =>
  Object.entries({
    firstName: 'Camille',
    lastName: 'Martin',
    email,
    role: 'enseignant',
    attendees: '1',
    consent: 'true',
    accessibility: 'Fauteuil roulant',
  }).map(([field, value]) => ({ field, value }))

/** A guest registers as the public does (access control on). */
async function register(form: string | number, email: string) {
  const doc = await payload.create({
    collection: 'form-submissions',
    data: { form, submissionData: rsvpAnswers(email) } as never,
    overrideAccess: false,
    depth: 0,
  })
  return doc.id
}

const userOf = (actor: Actor) => (actor === 'anonymous' ? undefined : (users[actor] as never))

/** true when the operation went through, false when access stopped it. */
async function attempt(run: () => Promise<unknown>): Promise<boolean> {
  try {
    const result = await run()
    return result !== null && result !== undefined
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 403 || status === 404 || status === 401) return false
    throw error
  }
}

function expected(actor: Actor, collection: string, op: Op, owner: Owner, status?: Status): boolean {
  if (actor === 'admin' || actor === 'editor') return true
  if (op === 'read') {
    if (status === undefined || status === 'published') return true
    return actor === 'ad-editor' && owner === 'own'
  }
  return actor === 'ad-editor' && owner === 'own'
}

beforeAll(async () => {
  payload = await getPayload({ config })
  png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#005a8c' } })
    .png()
    .toBuffer()
  ids.federation = (
    await payload.create({
      collection: 'associations',
      data: { name: 'Fédération nationale', level: 'federation' } as never,
    })
  ).id
  ids.ad79 = (
    await payload.create({
      collection: 'associations',
      data: { name: 'OCCE 79', level: 'departmental', departementCode: '79' } as never,
    })
  ).id
  ids.ad86 = (
    await payload.create({
      collection: 'associations',
      data: { name: 'OCCE 86', level: 'departmental', departementCode: '86' } as never,
    })
  ).id
  const roles = { admin: {}, editor: {}, 'ad-editor': { association: ids.ad79 } } as const
  for (const [role, extra] of Object.entries(roles)) {
    const user = await payload.create({
      collection: 'users',
      data: { email: `${role}@matrix.occe.test`, password: 'mot-de-passe-matrice', role: role as never, ...extra },
      depth: 0,
    })
    users[role as Exclude<Actor, 'anonymous'>] = { ...user, collection: 'users' }
  }
  const ad86 = await payload.create({
    collection: 'users',
    data: {
      email: 'ad86@matrix.occe.test',
      password: 'mot-de-passe-matrice',
      role: 'ad-editor',
      association: ids.ad86,
    } as never,
    depth: 0,
  })
  users.ad86 = { ...ad86, collection: 'users' }
})

afterAll(async () => {
  await payload.destroy()
})

const cases: [Actor, string, Op, Owner, Status | undefined][] = []
for (const actor of ACTORS)
  for (const collection of [...DRAFTABLE, ...OWNED])
    for (const op of OPS)
      for (const owner of ['own', 'other'] as Owner[])
        for (const status of (DRAFTABLE as readonly string[]).includes(collection)
          ? (['published', 'draft'] as Status[])
          : [undefined])
          cases.push([actor, collection, op, owner, status])

describe('content access matrix', () => {
  it.each(cases)('%s · %s · %s · %s association · %s', async (actor, collection, op, owner, status) => {
    const user = userOf(actor)
    const slug = collection as CollectionSlug
    const common = { collection: slug, overrideAccess: false, user, depth: 0 } as const
    let allowed: boolean
    if (op === 'create') {
      allowed = await attempt(() =>
        payload.create({
          ...common,
          data: dataFor(collection, owner, status, `Créé ${(counter += 1)}`) as never,
          ...fileFor(collection),
          draft: status === 'draft',
        }),
      )
    } else {
      const id = await fixture(collection, owner, status)
      if (op === 'read') allowed = await attempt(() => payload.findByID({ ...common, id, draft: status === 'draft' }))
      else if (op === 'update')
        allowed = await attempt(() =>
          payload.update({
            ...common,
            id,
            data: (collection === 'contacts'
              ? { name: 'Modifié' }
              : collection === 'media'
                ? { alt: 'Modifié' }
                : { title: 'Modifié' }) as never,
            draft: status === 'draft',
          }),
        )
      else allowed = await attempt(() => payload.delete({ ...common, id }))
    }
    expect(allowed).toBe(expected(actor, collection, op, owner, status))
  })

  it.each(ACTORS)('lists as %s only what that actor may read (drafts included)', async (actor) => {
    const own = await fixture('news-releases', 'own', 'draft')
    const other = await fixture('news-releases', 'other', 'draft')
    const found = await payload.find({
      collection: 'news-releases',
      overrideAccess: false,
      user: userOf(actor),
      draft: true,
      limit: 0,
      pagination: false,
    })
    const seen = new Set(found.docs.map((d) => String(d.id)))
    expect(seen.has(String(own))).toBe(actor !== 'anonymous')
    expect(seen.has(String(other))).toBe(actor === 'admin' || actor === 'editor')
  })

  it.each(ACTORS)('versions are readable by %s only within their scope', async (actor) => {
    await fixture('news-releases', 'other', 'draft')
    const allowed = await attempt(async () => {
      const result = await payload.findVersions({
        collection: 'news-releases',
        overrideAccess: false,
        user: userOf(actor),
        limit: 0,
        depth: 0,
      })
      return result.docs.some((v) => String((v.version as { association?: unknown }).association) === String(ids.ad86))
        ? result
        : null
    })
    expect(allowed).toBe(actor === 'admin' || actor === 'editor')
  })
})

describe('associations, users, forms and submissions', () => {
  const association = (actor: Actor, op: Op, target: 'ad79' | 'ad86') => {
    const common = { collection: 'associations' as const, overrideAccess: false, user: userOf(actor) }
    if (op === 'create')
      return attempt(() =>
        payload.create({
          ...common,
          data: { name: `Nouvelle ${actor}`, level: 'departmental', departementCode: '17' } as never,
        }),
      )
    if (op === 'read') return attempt(() => payload.findByID({ ...common, id: ids[target] }))
    if (op === 'update')
      return attempt(() => payload.update({ ...common, id: ids[target], data: { president: `Président ${actor}` } }))
    return attempt(async () => {
      const id = (
        await payload.create({
          collection: 'associations',
          data: { name: `À supprimer ${actor} ${target}`, level: 'union' } as never,
        })
      ).id
      return payload.delete({ ...common, id })
    })
  }

  it.each(ACTORS)('associations as %s', async (actor) => {
    const staff = actor === 'admin' || actor === 'editor'
    expect(await association(actor, 'read', 'ad86')).toBe(true)
    expect(await association(actor, 'create', 'ad79')).toBe(staff)
    expect(await association(actor, 'update', 'ad79')).toBe(staff || actor === 'ad-editor')
    expect(await association(actor, 'update', 'ad86')).toBe(staff)
    expect(await association(actor, 'delete', 'ad79')).toBe(staff)
  })

  it.each(ACTORS)('users as %s: only admins manage accounts, others see themselves', async (actor) => {
    const user = userOf(actor)
    const common = { collection: 'users' as const, overrideAccess: false, user }
    const other = users.admin.id as string
    const self = actor === 'anonymous' ? undefined : (users[actor].id as string)
    expect(await attempt(() => payload.findByID({ ...common, id: other }))).toBe(actor === 'admin')
    if (self) expect(await attempt(() => payload.findByID({ ...common, id: self }))).toBe(true)
    const listed = await attempt(
      async () => (await payload.find({ ...common, limit: 0, pagination: false })).docs.length > 1 || null,
    )
    expect(listed).toBe(actor === 'admin')
    expect(
      await attempt(() =>
        payload.create({
          ...common,
          data: { email: `x-${actor}@matrix.occe.test`, password: 'mot-de-passe-matrice', role: 'editor' },
        }),
      ),
    ).toBe(actor === 'admin')
    expect(await attempt(() => payload.update({ ...common, id: other, data: { name: 'Piraté' } }))).toBe(
      actor === 'admin',
    )
    const victim = (
      await payload.create({
        collection: 'users',
        data: { email: `victime-${actor}@matrix.occe.test`, password: 'mot-de-passe-matrice', role: 'editor' },
      })
    ).id
    expect(await attempt(() => payload.delete({ ...common, id: victim }))).toBe(actor === 'admin')
  })

  it('an ad-editor cannot grant themselves a role nor move content to another association', async () => {
    const me = users['ad-editor']
    await payload.update({
      collection: 'users',
      id: me.id as string,
      data: { role: 'admin', association: ids.ad86 } as never,
      overrideAccess: false,
      user: me as never,
    })
    const after = await payload.findByID({ collection: 'users', id: me.id as string, depth: 0 })
    expect(after.role).toBe('ad-editor')
    expect(String(after.association)).toBe(String(ids.ad79))

    const release = await fixture('news-releases', 'own', 'published')
    await expect(
      payload.update({
        collection: 'news-releases',
        id: release,
        data: { association: ids.ad86 } as never,
        overrideAccess: false,
        user: me as never,
      }),
    ).rejects.toThrow('Vous ne pouvez publier qu’au nom de votre association.')
    const unchanged = await payload.findByID({ collection: 'news-releases', id: release, depth: 0 })
    expect(String(unchanged.association)).toBe(String(ids.ad79))

    await expect(
      payload.update({
        collection: 'associations',
        id: ids.ad79,
        data: { level: 'federation' },
        overrideAccess: false,
        user: me as never,
      }),
    ).resolves.toMatchObject({ level: 'departmental' })
  })

  it('forms: the public reads those of published events; submissions: federation staff and the organising AD only', async () => {
    const ownForm = await rsvpForm('own')
    const otherForm = await rsvpForm('other')
    await rsvpEvent('own', ownForm)
    await rsvpEvent('other', otherForm)
    const ownSubmission = await register(ownForm, 'invite-79@exemple.fr')
    const otherSubmission = await register(otherForm, 'invite-86@exemple.fr')

    for (const actor of ACTORS) {
      const user = userOf(actor)
      const staff = actor === 'admin' || actor === 'editor'
      const read = (id: string | number) =>
        attempt(() => payload.findByID({ collection: 'form-submissions', id, overrideAccess: false, user }))
      expect([actor, await read(ownSubmission)]).toEqual([actor, staff || actor === 'ad-editor'])
      expect([actor, await read(otherSubmission)]).toEqual([actor, staff])
      expect(
        await attempt(() => payload.findByID({ collection: 'forms', id: otherForm, overrideAccess: false, user })),
      ).toBe(true)
      expect(
        await attempt(() =>
          payload.update({
            collection: 'forms',
            id: ownForm,
            data: { title: `Formulaire 79 ${actor}` },
            overrideAccess: false,
            user,
          }),
        ),
      ).toBe(staff || actor === 'ad-editor')
      expect(
        await attempt(() =>
          payload.update({
            collection: 'forms',
            id: otherForm,
            data: { title: `Formulaire 86 ${actor}` },
            overrideAccess: false,
            user,
          }),
        ),
      ).toBe(staff)
      expect(
        await attempt(() =>
          payload.update({ collection: 'form-submissions', id: ownSubmission, data: {}, overrideAccess: false, user }),
        ),
      ).toBe(staff)
    }
  })

  it('an ad-editor’s new form is their association’s; they cannot make it another’s', async () => {
    const me = users['ad-editor'] as never
    const made = await payload.create({
      collection: 'forms',
      data: formData('Formulaire de l’AD 79') as never,
      overrideAccess: false,
      user: me,
      depth: 0,
    })
    expect(String((made as { owner?: unknown }).owner)).toBe(String(ids.ad79))
    await expect(
      payload.create({
        collection: 'forms',
        data: { ...formData('Formulaire pour l’AD 86'), owner: ids.ad86 } as never,
        overrideAccess: false,
        user: me,
      }),
    ).rejects.toThrow()
    const chosen = await payload.create({
      collection: 'forms',
      data: { ...formData('Choisi par la fédération'), owner: ids.ad86 } as never,
      overrideAccess: false,
      user: users.editor as never,
      depth: 0,
    })
    expect(String((chosen as { owner?: unknown }).owner)).toBe(String(ids.ad86))
  })
})

describe('registrations stay with the event they were made for', () => {
  /**
   * Association 86 (the victim) has an event with registrations; then its form is detached, switched for
   * another, or only a draft of the event points elsewhere. The AD editor of 79 (the attacker) then tries to
   * attach the form to a draft event of their own, to read the registrations and to edit the form.
   */
  type Scenario = 'detached' | 'switched' | 'draft' | 'deleted'
  const SCENARIOS: Scenario[] = ['detached', 'switched', 'draft', 'deleted']

  async function victim(scenario: Scenario) {
    const form = await rsvpForm('other')
    const event = await rsvpEvent('other', form)
    const guest = await register(form, `invite-${scenario}@exemple.fr`)
    const other = await rsvpForm('other')
    if (scenario === 'detached')
      await payload.update({
        collection: 'events',
        id: event,
        data: { rsvp: { form: null } } as never,
        overrideAccess: false,
        user: users.ad86 as never,
      })
    if (scenario === 'switched')
      await payload.update({
        collection: 'events',
        id: event,
        data: { rsvp: { form: other } } as never,
        overrideAccess: false,
        user: users.ad86 as never,
      })
    if (scenario === 'draft')
      await payload.update({
        collection: 'events',
        id: event,
        data: { rsvp: { form: other } } as never,
        draft: true,
        overrideAccess: false,
        user: users.ad86 as never,
      })
    if (scenario === 'deleted')
      await payload.delete({ collection: 'events', id: event, overrideAccess: false, user: users.ad86 as never })
    return { form, event, guest, other }
  }

  it.each(SCENARIOS)(
    'form %s: another association cannot attach it, read its registrations or edit it',
    async (scenario) => {
      const { form, guest, other } = await victim(scenario)
      const me = users['ad-editor'] as never
      const takeover = (target: string | number) =>
        payload.create({
          collection: 'events',
          data: { ...dataFor('events', 'own', 'draft', `Détournement ${scenario}`), rsvp: { form: target } } as never,
          draft: true,
          overrideAccess: false,
          user: me,
        })
      expect(await refusal(takeover(form))).toMatch(/appartient à une autre association/)
      expect(await refusal(takeover(other))).toMatch(/appartient à une autre association/)
      // Federation staff cannot hand it to another association's event either.
      expect(
        await refusal(
          payload.create({
            collection: 'events',
            data: { ...dataFor('events', 'own', 'draft', `Transfert ${scenario}`), rsvp: { form } } as never,
            draft: true,
            overrideAccess: false,
            user: users.editor as never,
          }),
        ),
      ).toMatch(/appartient à une autre association/)

      const listed = await payload.find({
        collection: 'form-submissions',
        where: { form: { equals: form } },
        overrideAccess: false,
        user: me,
        limit: 0,
        pagination: false,
      })
      expect(listed.docs).toHaveLength(0)
      expect(
        await attempt(() =>
          payload.findByID({ collection: 'form-submissions', id: guest, overrideAccess: false, user: me }),
        ),
      ).toBe(false)
      expect(
        await attempt(() =>
          payload.update({
            collection: 'forms',
            id: form,
            data: { retentionMonths: 36 },
            overrideAccess: false,
            user: me,
          }),
        ),
      ).toBe(false)
      expect((await payload.findByID({ collection: 'forms', id: form, depth: 0 })).retentionMonths).not.toBe(36)

      // The victim still sees its guest, whatever its form is attached to today.
      const theirs = await payload.find({
        collection: 'form-submissions',
        where: { form: { equals: form } },
        overrideAccess: false,
        user: users.ad86 as never,
        limit: 0,
        pagination: false,
      })
      expect(theirs.docs.map((d) => String(d.id))).toEqual([String(guest)])
    },
  )

  it('a draft that points to another form changes nothing the public sees or where registrations go', async () => {
    const { form, event, other } = await victim('draft')
    const { eventForForm } = await import('../../src/rsvp/lookup')
    expect(String((await eventForForm(payload, form))?.id)).toBe(String(event))
    // The published page still takes registrations on its form, for its event.
    const later = await register(form, 'apres-brouillon@exemple.fr')
    const stored = await payload.findByID({ collection: 'form-submissions', id: later, depth: 0 })
    expect(String(stored.event)).toBe(String(event))
    expect(String((stored as { association?: unknown }).association)).toBe(String(ids.ad86))
    // The draft's form is not open yet.
    expect(await refusal(register(other, 'trop-tot@exemple.fr'))).toMatch(/ne sont pas ouvertes/)
    // Nobody else may take the form the draft points to.
    expect(
      await refusal(
        payload.create({
          collection: 'events',
          data: { ...dataFor('events', 'other', 'draft', 'Doublon 86'), rsvp: { form: other } } as never,
          draft: true,
          overrideAccess: false,
          user: users.ad86 as never,
        }),
      ),
    ).toMatch(/déjà utilisé par un autre événement/)
  })

  it('a form that received another event’s registrations cannot serve a new event, even of the same association', async () => {
    const { form } = await victim('detached')
    expect(
      await refusal(
        payload.create({
          collection: 'events',
          data: { ...dataFor('events', 'other', 'draft', 'Réemploi 86'), rsvp: { form } } as never,
          draft: true,
          overrideAccess: false,
          user: users.ad86 as never,
        }),
      ),
    ).toMatch(/déjà reçu les inscriptions d’un autre événement/)
  })

  it('the registration’s association is stamped by the server, whatever the client sends', async () => {
    const form = await rsvpForm('other')
    await rsvpEvent('other', form)
    const doc = await payload.create({
      collection: 'form-submissions',
      data: { form, submissionData: rsvpAnswers('tampon@exemple.fr'), association: ids.ad79, event: 1 } as never,
      overrideAccess: false,
      depth: 0,
    })
    expect(String((doc as { association?: unknown }).association)).toBe(String(ids.ad86))
  })

  it('rows written before the stamp (no association) still follow their event', async () => {
    const form = await rsvpForm('other')
    await rsvpEvent('other', form)
    const guest = await register(form, 'ancien@exemple.fr')
    await payload.db.updateOne({
      collection: 'form-submissions',
      id: guest,
      data: { association: null },
      req: {} as never,
    })
    expect(
      await attempt(() =>
        payload.findByID({
          collection: 'form-submissions',
          id: guest,
          overrideAccess: false,
          user: users.ad86 as never,
        }),
      ),
    ).toBe(true)
    expect(
      await attempt(() =>
        payload.findByID({
          collection: 'form-submissions',
          id: guest,
          overrideAccess: false,
          user: users['ad-editor'] as never,
        }),
      ),
    ).toBe(false)
  })
})

describe('what an ad-editor could use to reach another association', () => {
  it('cannot credit another association on their content; federation editors can, and that credit survives their edits', async () => {
    const me = users['ad-editor']
    await expect(
      payload.create({
        collection: 'projects',
        data: {
          title: `Projet partagé ${(counter += 1)}`,
          theme: 'formation',
          associations: [ids.ad79, ids.ad86],
          _status: 'published',
        } as never,
        overrideAccess: false,
        user: me as never,
      }),
    ).rejects.toThrow('Seule la fédération peut associer d’autres associations à ce contenu.')
    const shared = await payload.create({
      collection: 'projects',
      data: {
        title: `Projet commun ${(counter += 1)}`,
        theme: 'formation',
        associations: [ids.ad79, ids.ad86],
        _status: 'published',
      } as never,
      overrideAccess: false,
      user: users.editor as never,
    })
    const edited = await payload.update({
      collection: 'projects',
      id: shared.id,
      data: { summary: 'Mis à jour par l’AD 79' },
      overrideAccess: false,
      user: me as never,
      depth: 0,
    })
    expect((edited.associations as unknown[]).map(String).sort()).toEqual([String(ids.ad79), String(ids.ad86)].sort())
  })

  it('cannot read or create import and export files', async () => {
    for (const collection of ['imports', 'exports'] as const) {
      expect(
        await attempt(() =>
          payload.find({ collection: collection as never, overrideAccess: false, user: users['ad-editor'] as never }),
        ),
      ).toBe(false)
      expect(
        await attempt(() =>
          payload.find({ collection: collection as never, overrideAccess: false, user: users.editor as never }),
        ),
      ).toBe(true)
      expect(await attempt(() => payload.find({ collection: collection as never, overrideAccess: false }))).toBe(false)
    }
  })
})
