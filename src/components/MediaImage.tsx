import { getImageProps } from 'next/image'

import type { Media } from '@/payload-types'

type Size = 'thumbnail' | 'card' | 'hero'

/**
 * Serves the WebP size Payload generated for the slot, through Next's image optimizer. A plain <img> with
 * the props next/image would give it (getImageProps): the <Image> component is a client component, ≈ 6 KB
 * gzip of JavaScript on every page showing a picture, for nothing a server-rendered <img> cannot do.
 * `priority` (the hero, a likely LCP element): loaded at once and first, not lazily.
 */
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
  const { props } = getImageProps({
    src,
    alt: media.alt,
    width,
    height,
    sizes,
    ...(priority ? { loading: 'eager', fetchPriority: 'high' } : {}),
  })
  return (
    <figure className="media">
      {/* eslint-disable-next-line @next/next/no-img-element -- the props are next/image's own (getImageProps) */}
      <img {...props} alt={media.alt} />
      {media.credit ? <figcaption>© {media.credit}</figcaption> : null}
    </figure>
  )
}
