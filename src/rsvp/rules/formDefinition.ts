/**
 * The fields of an event RSVP form (form-builder blocks). Field names are the contract between the seed,
 * the server-side rules in src/rsvp and the public form.
 */
export const RSVP_ROLES = [
  { value: 'enseignant', label: 'Enseignant·e' },
  { value: 'partenaire', label: 'Partenaire' },
  { value: 'elu', label: 'Élu·e' },
  { value: 'presse', label: 'Presse' },
  { value: 'autre', label: 'Autre' },
] as const

export const rsvpFormFields = [
  { blockType: 'text', name: 'firstName', label: 'Prénom', required: true, width: 50 },
  { blockType: 'text', name: 'lastName', label: 'Nom', required: true, width: 50 },
  { blockType: 'email', name: 'email', label: 'Adresse e-mail', required: true, width: 100 },
  { blockType: 'text', name: 'organisation', label: 'Organisme ou établissement', required: false, width: 100 },
  {
    blockType: 'select',
    name: 'role',
    label: 'Vous venez en tant que',
    required: true,
    width: 50,
    options: RSVP_ROLES.map(({ value, label }) => ({ value, label })),
  },
  {
    blockType: 'number',
    name: 'attendees',
    label: 'Nombre de personnes (vous compris)',
    required: true,
    defaultValue: 1,
    width: 50,
  },
  {
    blockType: 'textarea',
    name: 'accessibility',
    label: 'Besoins d’accessibilité (facultatif)',
    required: false,
    width: 100,
  },
  {
    blockType: 'checkbox',
    name: 'consent',
    label: 'J’accepte que mes données soient traitées pour gérer mon inscription, selon la notice ci-dessous.',
    required: true,
    width: 100,
  },
] as const
