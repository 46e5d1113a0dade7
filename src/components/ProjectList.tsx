import type { Project } from '@/payload-types'
import { PATHS } from '@/data/paths'

import { themeLabel } from '../collections/Projects/labels'

type ProjectItem = Pick<Project, 'id' | 'title' | 'slug'> & Partial<Pick<Project, 'summary' | 'theme'>>

export function ProjectList({ projects, headingLevel = 3 }: { projects: ProjectItem[]; headingLevel?: 2 | 3 }) {
  if (!projects.length) return <p>Aucun projet pour le moment.</p>
  const Heading = `h${headingLevel}` as const
  return (
    <ul className="card-list">
      {projects.map((project) => (
        <li key={project.id} className="card">
          <Heading className="card-title">
            <a href={PATHS.projects(project.slug)}>{project.title}</a>
          </Heading>
          {project.theme ? <p className="card-meta">{themeLabel(project.theme)}</p> : null}
          {project.summary ? <p>{project.summary}</p> : null}
        </li>
      ))}
    </ul>
  )
}
