/** Validation rules shared by fields, imports and public forms; messages are French for editors and guests. */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max'

/** INSEE département codes: 01–95 without 20 (Corsica is 2A and 2B), and 971–976 overseas. */
export const DEPARTEMENT_CODE = /^(0[1-9]|1\d|2[1-9]|2A|2B|[3-8]\d|9[0-5]|97[1-6])$/

/** Metropolitan France and the overseas territories, whose numbers people also write as 0262…, 0590…. */
const FRENCH_REGIONS: CountryCode[] = ['FR', 'RE', 'YT', 'GP', 'MQ', 'GF', 'BL', 'MF', 'PM', 'NC', 'PF', 'WF']

/**
 * A real French number as people write it (01 44 14 93 30, +33 1 44 14 93 30, 0262 21 00 00,
 * +262 262 21 00 00): libphonenumber's full metadata knows each territory's ranges, a regex did not.
 */
export function isFrenchPhone(value: string): boolean {
  if (!/^\+?[\d\s.()-]+$/.test(value)) return false
  return FRENCH_REGIONS.some((defaultCountry) => {
    const number = parsePhoneNumberFromString(value, { defaultCountry, extract: false })
    return Boolean(number?.isValid() && number.country && FRENCH_REGIONS.includes(number.country))
  })
}

export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export const SIRET = /^\d{3}\s?\d{3}\s?\d{3}\s?\d{5}$/

/** 14 digits whose Luhn checksum holds; La Poste's many establishments (SIREN 356 000 000) may instead have a digit sum divisible by 5. */
export function isSiret(value: string): boolean {
  if (!SIRET.test(value)) return false
  const digits = value.replace(/\s/g, '')
  let luhn = 0
  for (let i = 0; i < 14; i++) {
    const d = Number(digits[13 - i]) * (i % 2 === 1 ? 2 : 1)
    luhn += d > 9 ? d - 9 : d
  }
  if (luhn % 10 === 0) return true
  return digits.startsWith('356000000') && [...digits].reduce((sum, d) => sum + Number(d), 0) % 5 === 0
}

type Rule = (value: unknown) => true | string

const optional =
  (test: (v: string) => boolean, message: string): Rule =>
  (value) =>
    value === null || value === undefined || value === '' || (typeof value === 'string' && test(value.trim()))
      ? true
      : message

export const validateDepartementCode = optional(
  (v) => DEPARTEMENT_CODE.test(v),
  'Code département invalide : 01 à 95, 2A, 2B ou 971 à 976.',
)
export const validatePhone = optional(
  isFrenchPhone,
  'Numéro de téléphone invalide : 10 chiffres, par exemple 01 44 14 93 30.',
)
export const validateEmail = optional((v) => EMAIL.test(v), 'Adresse e-mail invalide.')
export const validateSiret = optional(isSiret, 'SIRET invalide : 14 chiffres dont le dernier est une clé de contrôle.')
export const WEB_URL_MESSAGE =
  'Adresse web invalide : elle doit commencer par https:// (ou http://), par exemple https://www.occe.coop.'
export const LINK_MESSAGE =
  'Lien invalide : seules les adresses https:// ou http://, mailto: (e-mail), tel: (téléphone) et les chemins du site (/…) sont acceptés.'

/**
 * Editors type « www.occe79.fr » or « occe79.fr »: without a scheme a browser would read it as a path of
 * our own site. A host-like value gets https:// in front; anything with another scheme is left as typed
 * (and refused by the validators below).
 */
export function completeUrl(value: unknown): unknown {
  if (typeof value !== 'string') return value
  const v = value.trim()
  if (!v || /^[a-z][a-z0-9+.-]*:/i.test(v) || v.startsWith('/') || v.startsWith('#')) return v
  if (/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+(:\d+)?([/?#]\S*)?$/i.test(v))
    return `https://${v}`
  return v
}

/** An absolute http(s) address with a dotted host: what a public page may link to. */
export function isWebUrl(value: string): boolean {
  if (/[\s<>"\\]/.test(value) || !/^https?:\/\//i.test(value)) return false
  try {
    const url = new URL(value)
    return (
      (url.protocol === 'https:' || url.protocol === 'http:') &&
      url.hostname.includes('.') &&
      !url.username &&
      !url.password
    )
  } catch {
    return false
  }
}

/** A rich-text link: the web, an e-mail address, a phone number, or a path of this site. */
export function isSafeLink(value: string): boolean {
  const v = value.trim()
  if (isWebUrl(v)) return true
  if (/^mailto:[^\s@:/<>"]+@[^\s@:/<>"]+\.[^\s@:/<>"]+(\?[^\s<>"]*)?$/i.test(v)) return true
  if (/^tel:\+?[\d\s.()-]{3,20}$/i.test(v)) return true
  // Same-site paths and anchors; « //host » would be another site without a scheme.
  return /^(\/(?!\/)|#)[^\s<>"\\]*$/.test(v)
}

export const validateUrl = optional(isWebUrl, WEB_URL_MESSAGE)

/** Spreadsheets turn "01" into the number 1 and editors type "2b": store the code as INSEE writes it. */
export function normaliseDepartementCode(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value) && value > 0) return String(value).padStart(2, '0')
  return typeof value === 'string' ? value.trim().toUpperCase() : value
}
