import type { Metadata } from 'next'

import { pageMetadata } from '@/components/metadata'
import { ProjectList } from '@/components/ProjectList'
import { themeLabel } from '@/collections/Projects/labels'
import { getAllProjects } from '@/data/projects'
import type { Project } from '@/payload-types'

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata({
    title: 'Projets coopératifs',
    description:
      'Les projets et actions coopératives de l’OCCE dans les classes : lecture, écriture, théâtre, citoyenneté, environnement.',
    path: '/projets',
  })
}

const ORDER: Project['theme'][] = ['projets-cooperatifs', 'gestion-cooperatives', 'formation']

export default async function ProjectsPage() {
  const projects = await getAllProjects()
  const groups = ORDER.map((theme) => ({ theme, items: projects.filter((p) => p.theme === theme) })).filter(
    (g) => g.items.length,
  )
  return (
    <>
      <h1>Projets coopératifs</h1>
      {groups.length ? (
        groups.map(({ theme, items }) => (
          <section key={theme} aria-labelledby={`theme-${theme}`}>
            <h2 id={`theme-${theme}`}>{themeLabel(theme)}</h2>
            <ProjectList projects={items.map(({ theme: _theme, ...rest }) => rest)} />
          </section>
        ))
      ) : (
        <p>Aucun projet publié pour le moment.</p>
      )}
    </>
  )
}
