import { type CollectionBeforeValidateHook, type PayloadRequest, ValidationError } from 'payload'

import { hasRole } from '../../../access/roles'
import { idOf } from '../../../db/ids'
import { eventsUsingForm } from '../../../rsvp/lookup'
const same = (a: unknown, b: unknown) => idOf(a) !== undefined && String(idOf(a)) === String(idOf(b))

const refuse = (collection: string, message: string, req: PayloadRequest): never => {
  throw new ValidationError({ collection, errors: [{ path: 'rsvp.form', message }], req })
}

/**
 * A registration form belongs to one association and serves one event: its seats, deadline, contact,
 * retention and staff access all follow that event. Checked whenever an event (published or draft) takes
 * a form it did not have:
 * - the form must belong to the event's organiser (an ad-editor may only use their association's forms;
 *   a form without owner is the federation's to hand out);
 * - no other event may use it, in its stored state or in its latest draft (a draft must not take a
 *   form away from the event whose public page shows it);
 * - it must hold no registration of another event (registrations stay with the event they were made for).
 */
export const oneEventPerForm: CollectionBeforeValidateHook = async ({ data, originalDoc, collection, req }) => {
  const form = idOf(data?.rsvp?.form ?? (data?.rsvp === undefined ? originalDoc?.rsvp?.form : undefined))
  if (form === undefined || form === null || form === '') return data
  if (same(form, originalDoc?.rsvp?.form)) return data
  const id = idOf(originalDoc?.id)
  const organiser = data?.organiser !== undefined ? data.organiser : originalDoc?.organiser

  const doc = await req.payload
    .findByID({ collection: 'forms', id: form, depth: 0, overrideAccess: true, req })
    .catch(() => undefined)
  if (!doc) return refuse(collection.slug, 'Ce formulaire d’inscription n’existe pas.', req)
  const owner = (doc as { owner?: unknown }).owner
  const federation = !req.user || hasRole(req.user, 'admin', 'editor')
  if (owner === undefined || owner === null ? !federation : !same(owner, organiser))
    refuse(
      collection.slug,
      'Ce formulaire d’inscription appartient à une autre association : créez-en un nouveau.',
      req,
    )

  const users = (await eventsUsingForm(req.payload, form, req)).filter(
    (other) => id === undefined || String(other) !== String(id),
  )
  if (users.length)
    refuse(
      collection.slug,
      'Ce formulaire d’inscription est déjà utilisé par un autre événement : créez-en un nouveau.',
      req,
    )

  const registrations = await req.payload.find({
    collection: 'form-submissions',
    where: {
      and: [
        { form: { equals: form } },
        id === undefined
          ? { id: { exists: true } }
          : { or: [{ event: { exists: false } }, { event: { not_equals: id } }] },
      ],
    },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    select: { form: true },
    req,
  })
  if (registrations.totalDocs > 0)
    refuse(
      collection.slug,
      'Ce formulaire a déjà reçu les inscriptions d’un autre événement : créez-en un nouveau.',
      req,
    )
  return data
}
