import type { Field } from 'payload'

import { validateEmail, validatePhone } from './validators'

export const emailField = (name = 'email', required = false): Field => ({
  name,
  type: 'text',
  label: { fr: 'E-mail', en: 'E-mail' },
  required,
  maxLength: 254,
  validate: (value: unknown) => (required && !value ? 'Ce champ est obligatoire.' : validateEmail(value)),
})

export const phoneField = (name = 'phone'): Field => ({
  name,
  type: 'text',
  label: { fr: 'Téléphone', en: 'Phone' },
  maxLength: 20,
  validate: validatePhone,
})

export const addressFields: Field[] = [
  { name: 'street', type: 'text', label: { fr: 'Adresse', en: 'Street' }, maxLength: 200 },
  {
    name: 'postalCode',
    type: 'text',
    label: { fr: 'Code postal', en: 'Postal code' },
    maxLength: 10,
    validate: (v: unknown) => (!v || /^\d{5}$/.test(String(v)) ? true : 'Code postal invalide : 5 chiffres.'),
  },
  { name: 'city', type: 'text', label: { fr: 'Ville', en: 'City' }, maxLength: 120 },
]
