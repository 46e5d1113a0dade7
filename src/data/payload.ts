import config from '@payload-config'
import { getPayload } from 'payload'

export const payloadClient = () => getPayload({ config })

/** A relation is an id until populated; the site only uses populated ones. */
export function populated<T extends object>(value: number | string | T | null | undefined): T | undefined {
  return value && typeof value === 'object' ? value : undefined
}

export function populatedList<T extends object>(values: (number | string | T)[] | null | undefined): T[] {
  return (values ?? []).filter((v): v is T => Boolean(v) && typeof v === 'object')
}
