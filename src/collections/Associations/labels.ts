import type { Association } from '../../payload-types'

/** The network's three levels: the collection's options and the pages' labels. */
export const ASSOCIATION_LEVELS: { value: Association['level']; label: { fr: string; en: string } }[] = [
  { value: 'federation', label: { fr: 'Fédération nationale', en: 'National federation' } },
  { value: 'union', label: { fr: 'Union régionale', en: 'Regional union' } },
  { value: 'departmental', label: { fr: 'Association départementale', en: 'Departmental association' } },
]

/** Each level's French label, as the public pages show it. */
export const LEVELS = Object.fromEntries(ASSOCIATION_LEVELS.map((level) => [level.value, level.label.fr])) as Record<
  Association['level'],
  string
>
