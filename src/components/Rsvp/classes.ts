/**
 * The RSVP block's class names (global, all prefixed `rsvp`; the rules are in ./rsvpStyles.ts). Apart from the
 * CSS so that the form's client bundle carries the names, not the stylesheet.
 */
export const rsvpClasses = {
  checkbox: 'rsvp-checkbox',
  closed: 'rsvp-closed',
  done: 'rsvp-done',
  errors: 'rsvp-errors',
  field: 'rsvp-field',
  fieldError: 'rsvp-field-error',
  form: 'rsvp-form',
  hint: 'rsvp-hint',
  privacy: 'rsvp-privacy',
  required: 'rsvp-required',
  rsvp: 'rsvp',
  trap: 'rsvp-trap',
} as const
