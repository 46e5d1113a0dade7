import { type CollectionBeforeValidateHook, ValidationError } from 'payload'

const time = (value: unknown) => (value ? new Date(value as string).getTime() : undefined)

/** An event cannot end before it starts, and registrations must close by the time it starts. */
export const validateEventDates: CollectionBeforeValidateHook = ({ data, originalDoc, collection, req }) => {
  const merged = { ...originalDoc, ...data }
  const starts = time(merged.startsAt)
  const ends = time(merged.endsAt)
  const deadline = time(merged.rsvp?.deadline)
  const errors: { path: string; message: string }[] = []
  if (starts !== undefined && ends !== undefined && ends < starts)
    errors.push({ path: 'endsAt', message: 'La fin ne peut pas précéder le début de l’événement.' })
  if (starts !== undefined && deadline !== undefined && deadline > starts)
    errors.push({
      path: 'rsvp.deadline',
      message: 'La date limite d’inscription doit précéder le début de l’événement.',
    })
  if (errors.length) throw new ValidationError({ collection: collection.slug, errors, req })
  return data
}
