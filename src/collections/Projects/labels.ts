import type { Project } from '../../payload-types'

/** The federation's three mission areas (« 3 grandes missions »): the collection's options and the pages' labels. */
export const PROJECT_THEMES: { value: Project['theme']; label: { fr: string; en: string } }[] = [
  { value: 'projets-cooperatifs', label: { fr: 'Animation de projets coopératifs', en: 'Cooperative projects' } },
  {
    value: 'gestion-cooperatives',
    label: { fr: 'Gestion des coopératives scolaires', en: 'School cooperative management' },
  },
  { value: 'formation', label: { fr: 'Formation à la pédagogie coopérative', en: 'Training in cooperative teaching' } },
]

/** A theme as readers know it (French label). */
export const themeLabel = (theme: Project['theme']) =>
  PROJECT_THEMES.find((option) => option.value === theme)?.label.fr ?? theme
