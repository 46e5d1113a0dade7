/**
 * What the RSVP form says besides the server's own error messages, in one place: the server renders it (no
 * JavaScript, or the first paint) and hands it to the form's script (public/rsvp-form.js) as the form's
 * `data-rsvp` attribute (RsvpForm.tsx), so both say the same thing.
 */
export const RSVP_TEXTS = {
  sending: 'Envoi…',
  failed: 'L’inscription n’a pas pu être enregistrée. Réessayez dans un instant.',
  offline: 'Connexion impossible : vérifiez votre réseau et réessayez.',
  oneError: 'Une erreur empêche l’inscription :',
  /** `{n}`: the number of errors (2 or more). */
  manyErrors: '{n} erreurs empêchent l’inscription :',
}

/** The heading of the error summary. */
export const errorsHeading = (count: number): string =>
  count > 1 ? RSVP_TEXTS.manyErrors.replace('{n}', String(count)) : RSVP_TEXTS.oneError
