import type { Payload } from 'payload'

import { frenchDateTime } from '../format'
import { upcomingSchedules } from '../scheduled'
import type { PublishedCollection } from '../scope'

type Props = {
  payload: Payload
  rowData?: { id?: string | number; _status?: string | null }
  collectionConfig?: { slug: string }
}

/** The « Publication » column of content lists: « Publié », « Brouillon », or « Programmé le … » for a scheduled draft. */
export async function PublicationCell({ payload, rowData, collectionConfig }: Props) {
  if (!rowData?.id || !collectionConfig) return null
  if (rowData._status === 'published') return <span>Publié</span>
  const [next] = await upcomingSchedules(
    payload,
    { role: 'admin' },
    { collection: collectionConfig.slug as PublishedCollection, ids: [rowData.id] },
  )
  return next && next.type === 'publish' ? (
    <span className="occe-scheduled">Programmé le {frenchDateTime(next.at)}</span>
  ) : (
    <span>Brouillon</span>
  )
}
