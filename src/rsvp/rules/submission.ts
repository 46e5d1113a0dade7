/**
 * Server-side rules for an RSVP submission, pure so that the hook, the public route and the tests share
 * them. The form-builder stores every value as a string: the rules decide what each string may be.
 */
import { EMAIL } from '../../fields/validators'
import { ATTENDEES_MAX, ATTENDEES_MIN, maxLengthOf } from '../contract'

export type FormBlock = {
  blockType: string
  name?: string | null
  label?: string | null
  required?: boolean | null
  options?: { value: string; label: string }[] | null
}

export type FieldError = { path: string; message: string }

export const MAX_FIELDS = 50

/** Fields repeated in the e-mails the OCCE sends: no web address, so they cannot carry a link. */
const NO_URL_NAMES = new Set(['firstName', 'lastName', 'organisation'])

/** Names the RSVP domain reads into real columns: a form attached to an event must have them. */
export const REQUIRED_NAMES = ['firstName', 'lastName', 'email', 'attendees', 'consent'] as const

export type CleanSubmission = {
  values: Record<string, string>
  firstName: string
  lastName: string
  email: string
  attendees: number
}

const TRUE_VALUES = new Set(['true', 'on', '1', 'oui'])
const FALSE_VALUES = new Set(['false', 'off', '0', 'non', ''])

/** Trimmed, lower-cased: the form two registrations are compared in. */
export const normaliseEmail = (value: string) => value.trim().toLowerCase()

const label = (block: FormBlock) => block.label || block.name || 'Ce champ'

// Control characters other than tab and newlines have no place in a name or a note.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/

function asString(raw: unknown): string | undefined {
  if (typeof raw === 'string') return raw
  if (typeof raw === 'number' && Number.isFinite(raw)) return String(raw)
  if (typeof raw === 'boolean') return String(raw)
  return undefined
}

/**
 * Checks submissionData against the form's blocks. Returns the cleaned values or one French message per
 * field (path = the field's name; whole-submission problems use `submissionData`).
 */
export function checkSubmission(
  blocks: FormBlock[],
  submissionData: unknown,
): { ok: true; clean: CleanSubmission } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = []
  const fields = blocks.filter((b) => b.blockType !== 'message' && b.name)
  const byName = new Map(fields.map((b) => [b.name as string, b]))

  if (!Array.isArray(submissionData)) {
    return {
      ok: false,
      errors: [{ path: 'submissionData', message: 'Les réponses du formulaire sont manquantes ou mal formées.' }],
    }
  }
  if (submissionData.length > MAX_FIELDS) {
    return { ok: false, errors: [{ path: 'submissionData', message: 'Trop de réponses envoyées.' }] }
  }

  const given = new Map<string, unknown>()
  for (const entry of submissionData) {
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) {
      errors.push({ path: 'submissionData', message: 'Chaque réponse doit indiquer un champ et une valeur.' })
      continue
    }
    const { field, value } = entry as { field?: unknown; value?: unknown }
    if (typeof field !== 'string' || field.length === 0 || field.length > 60) {
      errors.push({ path: 'submissionData', message: 'Chaque réponse doit indiquer un champ et une valeur.' })
      continue
    }
    if (!byName.has(field)) {
      errors.push({ path: field, message: `Champ inconnu : « ${field.slice(0, 40)} ».` })
      continue
    }
    if (given.has(field)) {
      errors.push({ path: field, message: 'Ce champ est envoyé plusieurs fois.' })
      continue
    }
    given.set(field, value)
  }

  const values: Record<string, string> = {}
  for (const block of fields) {
    const name = block.name as string
    const raw = given.get(name)
    const present = raw !== undefined && raw !== null && !(typeof raw === 'string' && raw.trim() === '')
    if (block.blockType === 'checkbox') {
      const text = asString(raw ?? '')
      if (text === undefined || !(TRUE_VALUES.has(text.toLowerCase()) || FALSE_VALUES.has(text.toLowerCase()))) {
        errors.push({ path: name, message: `${label(block)} : réponse invalide.` })
        continue
      }
      const checked = TRUE_VALUES.has(text.toLowerCase())
      if (block.required && !checked) {
        errors.push({
          path: name,
          message:
            name === 'consent'
              ? 'Vous devez accepter le traitement de vos données pour vous inscrire.'
              : `${label(block)} : case à cocher obligatoire.`,
        })
        continue
      }
      values[name] = checked ? 'true' : 'false'
      continue
    }
    if (!present) {
      if (block.required || name === 'attendees')
        errors.push({ path: name, message: `${label(block)} : ce champ est obligatoire.` })
      continue
    }
    const text = asString(raw)
    if (text === undefined) {
      errors.push({ path: name, message: `${label(block)} : valeur invalide.` })
      continue
    }
    const value = block.blockType === 'textarea' ? text.trim() : text.trim().replace(/\s+/g, ' ')
    const max = maxLengthOf(block.blockType, name)
    if (value.length > max && block.blockType !== 'number') {
      errors.push({ path: name, message: `${label(block)} : ${max} caractères au maximum.` })
      continue
    }
    if (CONTROL.test(value)) {
      errors.push({ path: name, message: `${label(block)} : caractères non autorisés.` })
      continue
    }
    if (NO_URL_NAMES.has(name) && value.includes('://')) {
      errors.push({
        path: name,
        message: `${label(block)} : les adresses web (« :// ») ne sont pas acceptées dans ce champ.`,
      })
      continue
    }
    if (block.blockType === 'email' && !EMAIL.test(value)) {
      errors.push({ path: name, message: 'Adresse e-mail invalide (exemple : prenom.nom@exemple.fr).' })
      continue
    }
    if (block.blockType === 'select' && !(block.options ?? []).some((o) => o.value === value)) {
      errors.push({ path: name, message: `${label(block)} : choisissez une des options proposées.` })
      continue
    }
    if (block.blockType === 'number') {
      if (!/^\d{1,3}$/.test(value)) {
        errors.push({ path: name, message: `${label(block)} : un nombre entier est attendu.` })
        continue
      }
      if (name === 'attendees') {
        const n = Number(value)
        if (n < ATTENDEES_MIN || n > ATTENDEES_MAX) {
          errors.push({ path: name, message: `Nombre de personnes : entre ${ATTENDEES_MIN} et ${ATTENDEES_MAX}.` })
          continue
        }
      }
      values[name] = String(Number(value))
      continue
    }
    values[name] = block.blockType === 'email' ? normaliseEmail(value) : value
  }

  if (errors.length) return { ok: false, errors: dedupe(errors) }
  return {
    ok: true,
    clean: {
      values,
      firstName: values.firstName ?? '',
      lastName: values.lastName ?? '',
      email: values.email ?? '',
      attendees: Number(values.attendees ?? 1),
    },
  }
}

/** One message per path: the first problem found is the one to fix first. */
function dedupe(errors: FieldError[]): FieldError[] {
  const seen = new Set<string>()
  return errors.filter((e) => (seen.has(e.path) ? false : (seen.add(e.path), true)))
}

/** A form can serve RSVPs only if it asks for what the domain stores in columns. */
export function missingRsvpFields(blocks: FormBlock[]): string[] {
  const names = new Set(blocks.map((b) => b.name))
  return REQUIRED_NAMES.filter((n) => !names.has(n))
}
