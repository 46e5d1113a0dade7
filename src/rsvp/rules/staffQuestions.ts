/**
 * The staff's own questions on a registration form: every field beyond the standard ones of the preset
 * (formDefinition.ts), shown under its own label in the admin, the contact's e-mail and the CSV export.
 */
import { rsvpFormFields } from './formDefinition'
import type { FormBlock } from './submission'

const STANDARD_NAMES = new Set<string>(rsvpFormFields.map((field) => field.name))

/** What a block's stored string means to a person: « Oui » for a ticked box, an option's label for a choice. */
export function readableAnswer(block: FormBlock | undefined, value: string): string {
  if (block?.blockType === 'checkbox') return value === 'true' ? 'Oui' : value ? 'Non' : ''
  if (block?.blockType === 'select') return block.options?.find((o) => o.value === value)?.label ?? value
  return value
}

/** The form's own questions, in the form's order (a « message » block asks nothing). */
export const staffQuestions = (blocks: FormBlock[]): (FormBlock & { name: string })[] =>
  blocks.filter(
    (block): block is FormBlock & { name: string } =>
      Boolean(block.name) && block.blockType !== 'message' && !STANDARD_NAMES.has(block.name!),
  )

export const questionLabel = (block: FormBlock & { name: string }) => block.label || block.name

/** The guest's answers to the form's own questions, under their labels (an empty string when left blank). */
export function staffAnswers(
  blocks: FormBlock[],
  submissionData: { field: string; value: string }[] | null | undefined,
): { label: string; value: string }[] {
  const values = new Map((submissionData ?? []).map(({ field, value }) => [field, value]))
  return staffQuestions(blocks).map((block) => ({
    label: questionLabel(block),
    value: readableAnswer(block, values.get(block.name) ?? ''),
  }))
}
