/** The site's sections, in menu order: the header's menu until staff set their own, and what the seed stores. */
export const DEFAULT_NAVIGATION = [
  { label: 'Communiqués', url: '/communiques' },
  { label: 'Événements', url: '/evenements' },
  { label: 'Associations', url: '/associations' },
  { label: 'Projets', url: '/projets' },
]
