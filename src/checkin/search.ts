/**
 * Finding a guest by what staff type at the door: accents, case, hyphens and apostrophes do not matter, and
 * every word typed must appear (« elise dur » finds Élise Durand). Done in memory: an event has at most a
 * few thousand registrations, and neither database folds accents the same way.
 */
export const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9@.+_]+/g, ' ')
    .trim()

export type Searchable = {
  firstName?: string | null
  lastName?: string | null
  email?: string | null
  organisation?: string | null
}

export const searchText = (guest: Searchable) =>
  fold([guest.firstName, guest.lastName, guest.email, guest.organisation].filter(Boolean).join(' '))

export function matches(guest: Searchable, query: string): boolean {
  const words = fold(query).split(' ').filter(Boolean)
  if (!words.length) return true
  const haystack = searchText(guest)
  return words.every((word) => haystack.includes(word))
}

const collator = new Intl.Collator('fr', { sensitivity: 'base', ignorePunctuation: true })

/** By last name, then first name, as a French reader sorts (Élise with the E's). */
export const byName = (a: Searchable, b: Searchable) =>
  collator.compare(a.lastName ?? '', b.lastName ?? '') || collator.compare(a.firstName ?? '', b.firstName ?? '')
