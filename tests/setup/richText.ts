/**
 * Minimal Lexical documents, as Payload's Local and REST APIs accept them, for the rich-text fields of test
 * fixtures (release bodies, form confirmation messages): the int, HTTP and browser tests share these.
 */
export const text = (value: string) => ({
  type: 'text',
  text: value,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

/** One paragraph per list of inline nodes (`text(…)`, links). */
export const richText = (...blocks: unknown[][]) => ({
  root: {
    type: 'root',
    format: '' as const,
    indent: 0,
    version: 1,
    direction: 'ltr' as const,
    children: blocks.map((children) => ({
      type: 'paragraph',
      format: '' as const,
      indent: 0,
      version: 1,
      direction: 'ltr' as const,
      textFormat: 0,
      children,
    })),
  },
})

/** One paragraph per text. */
export const paragraphs = (...texts: string[]) => richText(...texts.map((value) => [text(value)]))
