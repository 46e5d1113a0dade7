import { type CollectionBeforeValidateHook, ValidationError } from 'payload'

import { idOf } from '../../../db/ids'
import { rsvpFormFields } from '../../../rsvp/rules/formDefinition'
import type { FormBlock } from '../../../rsvp/rules/submission'

/** What a registration needs from a form: the field name, the block type it must be, and how staff know it. */
const NEEDED = rsvpFormFields
  .filter((field) => ['firstName', 'lastName', 'email', 'attendees', 'consent'].includes(field.name))
  .map((field) => ({ name: field.name, blockType: field.blockType, label: field.label }))

const KIND: Record<string, string> = { text: 'texte', email: 'e-mail', number: 'nombre', checkbox: 'case à cocher' }

/** French descriptions of what this form lacks to take registrations (empty: it can). */
export function registrationFormProblems(blocks: FormBlock[]): string[] {
  const problems: string[] = []
  for (const need of NEEDED) {
    const block = blocks.find((b) => b.name === need.name)
    if (!block) problems.push(`« ${need.label} » (nom ${need.name}, champ ${KIND[need.blockType]})`)
    else if (block.blockType !== need.blockType)
      problems.push(`« ${need.label} » (nom ${need.name}) doit être un champ ${KIND[need.blockType]}`)
  }
  return problems
}

/**
 * Attaching a form that cannot take registrations (fields named « prenom »/« nom », no consent box…)
 * would show it publicly and make every registration fail: refused here, naming what is missing.
 */
export const requireRegistrationForm: CollectionBeforeValidateHook = async ({ data, originalDoc, collection, req }) => {
  const form = idOf(data?.rsvp?.form ?? (data?.rsvp === undefined ? originalDoc?.rsvp?.form : undefined))
  if (form === undefined || form === null || form === '') return data
  const found = await req.payload
    .findByID({ collection: 'forms', id: form as string | number, depth: 0, overrideAccess: true, req })
    .catch(() => undefined)
  if (!found) return data
  const problems = registrationFormProblems((found.fields ?? []) as FormBlock[])
  if (problems.length)
    throw new ValidationError({
      collection: collection.slug,
      errors: [
        {
          path: 'rsvp.form',
          message: `Le formulaire « ${found.title} » ne peut pas recevoir d’inscriptions : il manque ${problems.join(', ')}. Ajoutez ces champs au formulaire (ou créez un formulaire vide : les champs d’inscription y sont ajoutés d’office).`,
        },
      ],
      req,
    })
  return data
}
