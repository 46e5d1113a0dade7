/** Document ids are opaque: numbers on SQLite, strings on MongoDB. */
export type Id = string | number

/** A relation's id, whether Payload returned it populated (an object with `id`) or as the id itself. */
export const idOf = (value: unknown): Id | undefined =>
  value && typeof value === 'object' ? (value as { id?: Id }).id : ((value ?? undefined) as Id | undefined)
