/**
 * A registration form ready to use: a form created without any field receives the standard RSVP fields
 * (first name, last name, e-mail, organisation, role, number of people, accessibility, consent); staff then
 * add their own questions below them.
 */
import type { CollectionBeforeValidateHook } from 'payload'

import { rsvpFormFields } from '../rsvp/rules/formDefinition'

export const presetRegistrationFields: CollectionBeforeValidateHook = ({ data, operation }) => {
  if (operation !== 'create' || !data) return data
  const fields = (data as { fields?: unknown[] }).fields
  if (Array.isArray(fields) && fields.length > 0) return data
  return {
    ...data,
    fields: rsvpFormFields.map((field) => ({
      ...field,
      ...('options' in field ? { options: field.options.map((o) => ({ ...o })) } : {}),
    })),
  }
}
