import type { Project } from '@/payload-types'

/** The federation's three missions, as readers know them (labels match the collection's options). */
const THEMES: Record<Project['theme'], string> = {
  'projets-cooperatifs': 'Animation de projets coopératifs',
  'gestion-cooperatives': 'Gestion des coopératives scolaires',
  formation: 'Formation à la pédagogie coopérative',
}

export const themeLabel = (theme: Project['theme']) => THEMES[theme] ?? theme

export const LEVELS = {
  federation: 'Fédération nationale',
  union: 'Union régionale',
  departmental: 'Association départementale',
} as const
