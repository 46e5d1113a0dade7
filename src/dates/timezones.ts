export const PARIS = 'Europe/Paris'

/** Metropolitan France and the overseas départements where ADs hold events. */
export const SUPPORTED_TIMEZONES = [
  { label: 'Paris (métropole, Corse)', value: PARIS },
  { label: 'Guadeloupe, Martinique', value: 'America/Guadeloupe' },
  { label: 'Guyane', value: 'America/Cayenne' },
  { label: 'La Réunion', value: 'Indian/Reunion' },
  { label: 'Mayotte', value: 'Indian/Mayotte' },
]
