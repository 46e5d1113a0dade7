import { type CollectionBeforeValidateHook, ValidationError } from 'payload'

const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id: unknown }).id : value)

/**
 * A registration form belongs to one event: its seats, deadline, contact, staff access and retention all
 * follow that event. Attaching a form already used elsewhere (a copied event, or another association's
 * form) would let one event take over or block the other's registrations.
 */
export const oneEventPerForm: CollectionBeforeValidateHook = async ({ data, originalDoc, collection, req }) => {
  const form = idOf(data?.rsvp?.form ?? (data?.rsvp === undefined ? originalDoc?.rsvp?.form : undefined))
  if (form === undefined || form === null || form === '') return data
  const id = originalDoc?.id
  const others = await req.payload.find({
    collection: 'events',
    where: { and: [{ 'rsvp.form': { equals: form } }, ...(id !== undefined ? [{ id: { not_equals: id } }] : [])] },
    draft: true,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    select: { title: true },
    req,
  })
  if (others.totalDocs > 0)
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ path: 'rsvp.form', message: 'Ce formulaire d’inscription est déjà utilisé par un autre événement : créez-en un nouveau.' }],
      req,
    })
  return data
}
