/**
 * What a thrown error says, read from its shape and never from its class: a production server may run two
 * copies of Payload's error classes (one per bundled layer), so `instanceof ValidationError` can be false
 * for a genuine ValidationError, and minified class names make `error.name` useless too.
 */
export type FieldError = { path: string; message: string }

type Shaped = { status?: unknown; data?: { errors?: unknown } | null; message?: unknown }

/** A client error's status (4xx) carried by a Payload APIError, ValidationError, Forbidden…; else undefined. */
export function clientErrorStatus(error: unknown): number | undefined {
  if (!(error instanceof Error)) return undefined
  const status = (error as Shaped).status
  return typeof status === 'number' && Number.isInteger(status) && status >= 400 && status < 500 ? status : undefined
}

/** The per-field messages of a Payload ValidationError (`data.errors`), or undefined for any other error. */
export function fieldErrors(error: unknown): FieldError[] | undefined {
  if (clientErrorStatus(error) === undefined) return undefined
  const errors = (error as Shaped).data?.errors
  if (!Array.isArray(errors) || errors.length === 0) return undefined
  const valid = errors.filter(
    (e): e is FieldError =>
      typeof e === 'object' && e !== null && typeof e.path === 'string' && typeof e.message === 'string',
  )
  return valid.length ? valid.map(({ path, message }) => ({ path, message })) : undefined
}
