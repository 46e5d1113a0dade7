import type { SerializedLinkNode } from '@payloadcms/richtext-lexical'
import { type JSXConvertersFunction, LinkJSXConverter, RichText as LexicalRichText } from '@payloadcms/richtext-lexical/react'

import { PATHS } from '@/data/paths'


/** Internal links point at public URLs, not at admin ids. */
const internalDocToHref = ({ linkNode }: { linkNode: SerializedLinkNode }) => {
  const doc = linkNode.fields.doc
  const slug = doc && typeof doc.value === 'object' ? (doc.value as { slug?: string }).slug : undefined
  const toPath = doc?.relationTo ? PATHS[doc.relationTo as keyof typeof PATHS] : undefined
  return slug && toPath ? toPath(slug) : '/'
}

const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
  ...LinkJSXConverter({ internalDocToHref }),
})

export function RichText({ data, className }: { data: unknown; className?: string }) {
  if (!data || typeof data !== 'object') return null
  return (
    <LexicalRichText
      className={className ?? 'prose'}
      data={data as Parameters<typeof LexicalRichText>[0]['data']}
      converters={converters}
      disableIndent
      disableTextAlign
    />
  )
}
