/**
 * Whether a registration may be stored, once its form and event are known: the one set of rules both write
 * paths apply (Payload's create through the submissions hooks, and the lean SQLite path of the public form,
 * ../registration/sqliteRegistration.ts). Pure: the callers read the form and the event their own way.
 */
import { checkSubmission, type CleanSubmission, type FieldError, type FormBlock, missingRsvpFields } from './submission'
import { type EventTiming, registrationWindow } from './window'

export const NOT_OPEN_MESSAGE = 'Les inscriptions à cet événement ne sont pas ouvertes.'
export const INCOMPLETE_FORM_MESSAGE = 'Ce formulaire d’inscription est incomplet : contactez l’organisateur.'
export const DUPLICATE_EMAIL_ERROR: FieldError = {
  path: 'email',
  message: 'Une inscription à cet événement existe déjà avec cette adresse e-mail.',
}

/**
 * With an event: registrations open (deadline, start) and the form asks for what the domain stores; then,
 * event or not, the values pass the field rules. The duplicate check needs the database: the callers make
 * it with `DUPLICATE_EMAIL_ERROR` as its answer.
 */
export function admitSubmission(
  blocks: FormBlock[],
  event: EventTiming | undefined,
  submissionData: unknown,
  now: Date = new Date(),
): { ok: true; clean: CleanSubmission } | { ok: false; errors: FieldError[] } {
  if (event) {
    const window = registrationWindow(event, now)
    if (!window.open) return { ok: false, errors: [{ path: 'form', message: window.message }] }
    if (missingRsvpFields(blocks).length)
      return { ok: false, errors: [{ path: 'form', message: INCOMPLETE_FORM_MESSAGE }] }
  }
  return checkSubmission(blocks, submissionData)
}
