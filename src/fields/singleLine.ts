import type { Config, Field, Plugin, Validate } from 'payload'
import { text } from 'payload/shared'

export const LINE_BREAK_MESSAGE = 'Ce champ tient sur une seule ligne : retirez les retours à la ligne.'

/** CR, LF and the Unicode line/paragraph separators: what would split a header, an iCalendar or CSV line. */
const LINE_BREAK = /[\r\n\u2028\u2029]/
export const hasLineBreak = (value: unknown): boolean =>
  typeof value === 'string' ? LINE_BREAK.test(value) : Array.isArray(value) && value.some(hasLineBreak)

function guard(field: Field): void {
  if (field.type === 'text') {
    const original = field.validate as Validate | undefined
    const checked: Validate = (value, options) => {
      if (hasLineBreak(value)) return LINE_BREAK_MESSAGE
      return original ? original(value, options) : text(value as never, { ...field, ...options } as never)
    }
    field.validate = checked as never
  }
  if ('fields' in field && Array.isArray(field.fields)) field.fields.forEach(guard)
  if (field.type === 'tabs') field.tabs.forEach((tab) => tab.fields.forEach(guard))
  if (field.type === 'blocks') field.blocks.forEach((block) => typeof block === 'object' && block.fields.forEach(guard))
}

/**
 * Titles and every other single-line text field (collections, globals, blocks, the plugins' own fields)
 * refuse line breaks on every way in (admin, REST, GraphQL, imports). Multi-line text is `textarea`.
 * Registered after the plugins that add fields.
 */
export const singleLineText: Plugin = (config: Config): Config => {
  for (const collection of config.collections ?? [])
    collection.fields
      // Guests' answers, multi-line ones included: the RSVP rules check each against its question's type.
      .filter(
        (field) => !(collection.slug === 'form-submissions' && 'name' in field && field.name === 'submissionData'),
      )
      .forEach(guard)
  for (const global of config.globals ?? []) global.fields.forEach(guard)
  return config
}
