'use client'
/**
 * Beside the document's status: « Programmé le … » when a publication is scheduled (Payload would only say
 * « Brouillon ») and « Voir sur le site » once the document is online. Links are relative, so they work
 * whatever SERVER_URL is.
 */
import { useDocumentInfo, useServerFunctions } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { PATHS } from '../../data/paths'
import { frenchDateTime } from '../format'

type Upcoming = { input: { type: 'publish' | 'unpublish' }; waitUntil: string }

export function DocumentNotes() {
  const { id, collectionSlug, hasPublishedDoc, savedDocumentData, unpublishedVersionCount } = useDocumentInfo()
  const { getUpcomingScheduledPublish } = useServerFunctions()
  const [next, setNext] = useState<Upcoming>()
  const slug = typeof savedDocumentData?.slug === 'string' ? savedDocumentData.slug : undefined
  const path =
    slug && collectionSlug && collectionSlug in PATHS ? PATHS[collectionSlug as keyof typeof PATHS](slug) : undefined

  useEffect(() => {
    if (!id || !collectionSlug) return
    let live = true
    const load = () =>
      getUpcomingScheduledPublish({ id, collectionSlug })
        .then((docs) => live && setNext((docs as Upcoming[])[0]))
        .catch(() => undefined)
    // The scheduler (PublishControls) announces new schedules.
    void load()
    window.addEventListener('occe:scheduled', load)
    return () => {
      live = false
      window.removeEventListener('occe:scheduled', load)
    }
  }, [collectionSlug, getUpcomingScheduledPublish, id, hasPublishedDoc, unpublishedVersionCount])

  return (
    <div className="occe-doc-notes">
      {next ? (
        <span
          className={`occe-scheduled${next.input.type === 'publish' && !hasPublishedDoc ? ' occe-scheduled--replaces-draft' : ''}`}
          data-testid="scheduled-note"
        >
          {next.input.type === 'unpublish' ? 'Retrait programmé le' : 'Programmé le'} {frenchDateTime(next.waitUntil)}
        </span>
      ) : null}
      {hasPublishedDoc && path ? (
        <a className="occe-view-on-site" href={path} target="_blank" rel="noopener">
          Voir sur le site
        </a>
      ) : null}
    </div>
  )
}
