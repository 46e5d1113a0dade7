/**
 * A tiny builder for Lexical rich text, so the seed reads like the release instead of like JSON.
 * Inline `**bold**` marks follow the release's own markdown; bold is Lexical text format bit 1.
 */
type Node = { type: string; version: number; [key: string]: unknown }

export type RichText = {
  root: { type: 'root'; version: 1; direction: 'ltr'; format: ''; indent: 0; children: Node[] }
}

const BOLD = 1
const block = { version: 1, direction: 'ltr', format: '', indent: 0 } as const

export const text = (value: string, bold = false): Node => ({
  type: 'text',
  version: 1,
  text: value,
  format: bold ? BOLD : 0,
  detail: 0,
  mode: 'normal',
  style: '',
})

export const lineBreak = (): Node => ({ type: 'linebreak', version: 1 })

/** "plus de **10 000 élèves** qui" → three text nodes, the middle one bold. */
export const inline = (source: string): Node[] =>
  source
    .split('**')
    .map((part, index) => (part ? text(part, index % 2 === 1) : null))
    .filter((node): node is Node => node !== null)

/** Several lines in one block, separated by line breaks (an address block, a signature). */
export const lines = (...sources: string[]): Node[] =>
  sources.flatMap((source, index) => (index === 0 ? inline(source) : [lineBreak(), ...inline(source)]))

const children = (content: string | Node[]) => (typeof content === 'string' ? inline(content) : content)

export const paragraph = (content: string | Node[]): Node => ({
  type: 'paragraph',
  ...block,
  textFormat: 0,
  textStyle: '',
  children: children(content),
})

export const heading = (tag: 'h2' | 'h3' | 'h4', content: string): Node => ({
  type: 'heading',
  tag,
  ...block,
  children: children(content),
})

export const quote = (content: string | Node[]): Node => ({ type: 'quote', ...block, children: children(content) })

export const bulletList = (items: string[]): Node => ({
  type: 'list',
  listType: 'bullet',
  tag: 'ul',
  start: 1,
  ...block,
  children: items.map((item, index) => ({ type: 'listitem', value: index + 1, ...block, children: inline(item) })),
})

export const richText = (...nodes: Node[]): RichText => ({
  root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children: nodes },
})

/** The words of a rich text, one block per line: what a reader sees, for tests and summaries. */
export function plainText(value: unknown): string {
  const walk = (node: unknown): string => {
    if (!node || typeof node !== 'object') return ''
    const n = node as { type?: string; text?: string; children?: unknown[] }
    if (n.type === 'text') return n.text ?? ''
    if (n.type === 'linebreak') return '\n'
    const inner = (n.children ?? []).map(walk)
    const isContainer = n.type === 'root' || n.type === 'list'
    return inner.join(isContainer ? '\n' : '')
  }
  return walk((value as { root?: unknown } | null)?.root)
}
