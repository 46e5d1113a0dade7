import type { Association, NewsRelease } from '@/payload-types'
import { populated } from '@/data/payload'
import { PATHS } from '@/data/paths'

import { dateline } from './format'

type ReleaseItem = Pick<NewsRelease, 'id' | 'title' | 'slug' | 'dateline'> & {
  summary?: string | null
  association?: NewsRelease['association']
}

export function ReleaseList({
  releases,
  headingLevel = 3,
  label,
}: {
  releases: ReleaseItem[]
  headingLevel?: 2 | 3
  /** Shown above each title, e.g. « Fédération nationale ». */
  label?: string
}) {
  if (!releases.length) return <p>Aucun communiqué pour le moment.</p>
  const Heading = `h${headingLevel}` as const
  return (
    <ul className="card-list">
      {releases.map((release) => {
        const association = populated<Association>(release.association)
        return (
          <li key={release.id} className="card">
            {label ? <p className="card-label">{label}</p> : null}
            <Heading className="card-title">
              <a href={PATHS['news-releases'](release.slug)}>{release.title}</a>
            </Heading>
            <p className="card-meta">
              {release.dateline?.date ? (
                <time dateTime={release.dateline.date}>{dateline(release.dateline.place, release.dateline.date)}</time>
              ) : null}
              {association ? <> · {association.name}</> : null}
            </p>
            {release.summary ? <p>{release.summary}</p> : null}
          </li>
        )
      })}
    </ul>
  )
}

/** The releases an event or a project appears in, as a section of its page; nothing when there are none. */
export function RelatedReleases({ releases }: { releases: ReleaseItem[] }) {
  if (!releases.length) return null
  return (
    <section aria-labelledby="communiques-lies">
      <h2 id="communiques-lies">Communiqués liés</h2>
      <ReleaseList releases={releases} />
    </section>
  )
}
