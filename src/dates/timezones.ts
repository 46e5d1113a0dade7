export const PARIS = 'Europe/Paris'

/**
 * Metropolitan France and the overseas départements where ADs hold events. `label` is the admin's choice,
 * `of` completes « heure … » in the dates readers see.
 */
export const SUPPORTED_TIMEZONES = [
  { label: 'Paris (métropole, Corse)', value: PARIS, of: 'de Paris' },
  { label: 'Guadeloupe, Martinique', value: 'America/Guadeloupe', of: 'des Antilles' },
  { label: 'Guyane', value: 'America/Cayenne', of: 'de Guyane' },
  { label: 'La Réunion', value: 'Indian/Reunion', of: 'de La Réunion' },
  { label: 'Mayotte', value: 'Indian/Mayotte', of: 'de Mayotte' },
]

/** « de La Réunion » for « heure de La Réunion »; the zone's id for one we do not list. */
export const zoneName = (timeZone: string): string =>
  SUPPORTED_TIMEZONES.find((zone) => zone.value === timeZone)?.of ?? `de ${timeZone}`
