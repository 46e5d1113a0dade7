/** Document ids are opaque: numbers on SQLite, strings on MongoDB. */
export type Id = string | number

/** A relation's id, whether Payload returned it populated (an object with `id`) or as the id itself. */
export const idOf = (value: unknown): Id | undefined =>
  value && typeof value === 'object' ? (value as { id?: Id }).id : ((value ?? undefined) as Id | undefined)

/**
 * A string that may be an id of either database (SQLite integers, MongoDB ObjectIds): anything else from a
 * URL or a form is refused before it reaches a query.
 */
export const plausibleId = (value: unknown): value is string =>
  typeof value === 'string' && /^[A-Za-z0-9]{1,40}$/.test(value)
