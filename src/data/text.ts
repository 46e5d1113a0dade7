/** Lower-case without accents, so « evenement » finds « Événement » and « deux sevres » finds « Deux-Sèvres ». */
export const normalize = (value: string) =>
  value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'\-_.]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()

/** Every word of the query appears somewhere in the haystack. */
export function matches(query: string, ...fields: (string | null | undefined)[]): boolean {
  const words = normalize(query).split(' ').filter(Boolean)
  if (!words.length) return false
  const haystack = normalize(fields.filter(Boolean).join(' '))
  return words.every((word) => haystack.includes(word))
}
