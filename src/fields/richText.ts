import { LinkFeature, lexicalEditor } from '@payloadcms/richtext-lexical'
import type { Field, FieldHook } from 'payload'

import { completeUrl, isSafeLink, LINK_MESSAGE } from './validators'

const completeLink: FieldHook = ({ value }) => completeUrl(value)

/** Custom links (typed or pasted) go to the web, an e-mail address, a phone number or a page of the site. */
const safeUrl = (field: Field): Field =>
  'name' in field && field.name === 'url' && field.type === 'text'
    ? ({
        ...field,
        hooks: { ...field.hooks, beforeValidate: [...(field.hooks?.beforeValidate ?? []), completeLink] },
        validate: (value: unknown, options: { siblingData?: { linkType?: string } }) => {
          if (options?.siblingData?.linkType === 'internal') return true
          return typeof value === 'string' && isSafeLink(value) ? true : LINK_MESSAGE
        },
      } as Field)
    : field

type LexicalNode = { type?: string; fields?: { linkType?: string; url?: unknown }; children?: LexicalNode[] }

/** The first custom link of a Lexical document that is not a safe destination. */
export function unsafeLink(node: unknown): string | undefined {
  const current = node as LexicalNode | undefined
  if (!current || typeof current !== 'object') return undefined
  if ((current.type === 'link' || current.type === 'autolink') && current.fields?.linkType !== 'internal') {
    const url = current.fields?.url
    if (typeof url !== 'string' || !isSafeLink(url)) return String(url)
  }
  for (const child of current.children ?? []) {
    const found = unsafeLink(child)
    if (found !== undefined) return found
  }
  return undefined
}

/** « www.occe.coop » typed as a link gets https:// (in place), like the association's website. */
function completeLinks(node: unknown): void {
  const current = node as LexicalNode | undefined
  if (!current || typeof current !== 'object') return
  if (
    (current.type === 'link' || current.type === 'autolink') &&
    current.fields &&
    current.fields.linkType !== 'internal'
  )
    current.fields.url = completeUrl(current.fields.url)
  for (const child of current.children ?? []) completeLinks(child)
}

const lexical = lexicalEditor({
  features: ({ defaultFeatures }) => [
    ...defaultFeatures.filter((feature) => feature.key !== 'link'),
    LinkFeature({ fields: ({ defaultFields }) => (defaultFields as Field[]).map(safeUrl) }),
  ],
})

/**
 * The site's rich-text editor: Payload's defaults, with links limited to http(s), mailto: and tel: (and
 * paths of the site): `javascript:` or `data:` links would run in the public pages' origin. The link's
 * own field refuses them; the document-level check gives editors (and API clients) the French message,
 * which Lexical would otherwise replace by a generic English one.
 */
export const richTextEditor: typeof lexical = async (args) => {
  const adapter = await lexical(args)
  adapter.hooks = adapter.hooks ?? {}
  adapter.hooks.beforeValidate = [
    ({ value }) => {
      completeLinks((value as { root?: unknown } | null | undefined)?.root)
      return value
    },
    ...(adapter.hooks.beforeValidate ?? []),
  ]
  const validate = adapter.validate
  adapter.validate = (async (value: unknown, options: never) => {
    const root = (value as { root?: unknown } | null | undefined)?.root
    if (root && unsafeLink(root) !== undefined) return LINK_MESSAGE
    return validate(value as never, options)
  }) as typeof validate
  return adapter
}
