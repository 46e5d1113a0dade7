import type { Association } from '@/payload-types'

import { matches, normalize } from './text'

/** « 79 », « 2a », « 971 », « 1 » for 01, or a name: « Deux-Sèvres », « deux sevres », « OCCE 79 », « Niort ». */
export function findAssociations(all: Association[], query: string): Association[] {
  const q = normalize(query).slice(0, 60)
  if (!q) return []
  const departmental = all.filter((a) => a.level === 'departmental')
  const code = q.replace(/^occe\s*/, '').toUpperCase()
  if (/^(\d{1,3}|2A|2B)$/.test(code)) {
    const padded = /^\d$/.test(code) ? `0${code}` : code
    const byCode = departmental.filter((a) => a.departementCode?.toUpperCase() === padded)
    if (byCode.length) return byCode
  }
  return all.filter((a) => a.level !== 'federation' && matches(q, a.name, a.fullName, a.departementName, a.departementCode, a.address?.city))
}
