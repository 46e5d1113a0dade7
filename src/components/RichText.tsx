import type { SerializedLinkNode, SerializedListItemNode } from '@payloadcms/richtext-lexical'
import {
  type JSXConverter,
  type JSXConvertersFunction,
  LinkJSXConverter,
  ListJSXConverter,
  RichText as LexicalRichText,
} from '@payloadcms/richtext-lexical/react'
import { cloneElement, isValidElement } from 'react'

import { PATHS } from '@/data/paths'

/** Internal links point at public URLs, not at admin ids. */
const internalDocToHref = ({ linkNode }: { linkNode: SerializedLinkNode }) => {
  const doc = linkNode.fields.doc
  const slug = doc && typeof doc.value === 'object' ? (doc.value as { slug?: string }).slug : undefined
  const toPath = doc?.relationTo ? PATHS[doc.relationTo as keyof typeof PATHS] : undefined
  return slug && toPath ? toPath(slug) : '/'
}

/**
 * Lexical's list item always writes `value="n"`, which HTML allows on items of an ordered list only:
 * inside a `<ul>` it is invalid. Same item, without `value` unless its list is an `<ol>`.
 */
const listitem: JSXConverter<SerializedListItemNode> = (args) => {
  const item = typeof ListJSXConverter.listitem === 'function' ? ListJSXConverter.listitem(args) : null
  const ordered = 'tag' in args.parent && args.parent.tag === 'ol'
  return ordered || !isValidElement(item) ? item : cloneElement(item, { value: undefined } as Record<string, unknown>)
}

const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
  ...LinkJSXConverter({ internalDocToHref }),
  listitem,
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
