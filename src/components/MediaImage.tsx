import Image from 'next/image'

import type { Media } from '@/payload-types'

type Size = 'thumbnail' | 'card' | 'hero'

/** Serves the WebP size Payload generated for the slot, through next/image. */
export function MediaImage({
  media,
  size = 'card',
  priority = false,
  sizes = '(max-width: 48rem) 100vw, 48rem',
}: {
  media: Media | undefined
  size?: Size
  priority?: boolean
  sizes?: string
}) {
  if (!media?.url) return null
  const variant = media.sizes?.[size]
  const src = variant?.url || media.url
  const width = variant?.width || media.width
  const height = variant?.height || media.height
  if (!width || !height) return null
  return (
    <figure className="media">
      <Image src={src} alt={media.alt} width={width} height={height} sizes={sizes} priority={priority} />
      {media.credit ? <figcaption>© {media.credit}</figcaption> : null}
    </figure>
  )
}
