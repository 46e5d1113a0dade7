/** Validation rules shared by fields, imports and public forms; messages are French for editors and guests. */

/** INSEE département codes: 01–95 without 20 (Corsica is 2A and 2B), and 971–976 overseas. */
export const DEPARTEMENT_CODE = /^(0[1-9]|1\d|2[1-9]|2A|2B|[3-8]\d|9[0-5]|97[1-6])$/

/** French numbers as people write them: 01 44 14 93 30, 01.44.14.93.30, +33 1 44 14 93 30. */
export const FRENCH_PHONE = /^(?:\+33\s?|0)[1-9](?:[\s.-]?\d{2}){4}$/

export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export const SIRET = /^\d{3}\s?\d{3}\s?\d{3}\s?\d{5}$/

type Rule = (value: unknown) => true | string

const optional = (test: (v: string) => boolean, message: string): Rule => (value) =>
  value === null || value === undefined || value === '' || (typeof value === 'string' && test(value.trim()))
    ? true
    : message

export const validateDepartementCode = optional(
  (v) => DEPARTEMENT_CODE.test(v),
  'Code département invalide : 01 à 95, 2A, 2B ou 971 à 976.',
)
export const validatePhone = optional(
  (v) => FRENCH_PHONE.test(v),
  'Numéro de téléphone invalide : 10 chiffres, par exemple 01 44 14 93 30.',
)
export const validateEmail = optional((v) => EMAIL.test(v), 'Adresse e-mail invalide.')
export const validateSiret = optional((v) => SIRET.test(v), 'SIRET invalide : 14 chiffres.')
export const validateUrl = optional((v) => {
  try {
    const url = new URL(/^https?:\/\//.test(v) ? v : `https://${v}`)
    return url.hostname.includes('.')
  } catch {
    return false
  }
}, 'Adresse web invalide.')

/** Spreadsheets turn "01" into the number 1 and editors type "2b": store the code as INSEE writes it. */
export function normaliseDepartementCode(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value) && value > 0) return String(value).padStart(2, '0')
  return typeof value === 'string' ? value.trim().toUpperCase() : value
}
