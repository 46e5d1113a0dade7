import { describe, expect, it } from '@jest/globals'

import { matching, typeIndex } from '../../src/data/searchIndex'
import { normalize } from '../../src/data/text'

const DOCUMENTS = [
  ['L’OCCE 79 accueille l’Assemblée Générale Nationale', 'Niort, Deux-Sèvres'],
  ['Cérémonie d’ouverture', 'Le Dôme, Niort'],
  ['Poésie à l’école', null],
  ['Messages clairs', 'coopération scolaire (Niortais)'],
  ['OCCE 93', 'Seine-Saint-Denis, Pantin'],
  ['', undefined],
].map(([title, more], id) => ({ hit: id, text: [title, more] }))

/** The plain scan the index replaces: every query word somewhere in the document's normalised text. */
const scan = (query: string) => {
  const words = normalize(query).split(' ').filter(Boolean)
  return DOCUMENTS.filter(({ text }) => {
    const haystack = normalize(text.filter(Boolean).join(' '))
    return words.every((word) => haystack.includes(word))
  }).map(({ hit }) => hit)
}

describe('search index', () => {
  const index = typeIndex(DOCUMENTS)
  const find = (query: string, limit = 100) => matching(index, normalize(query).split(' ').filter(Boolean), limit)

  it.each([
    'niort',
    'NIORT deux',
    'ssemblee',
    'occe',
    'occe 9',
    '79 accueille',
    'o',
    'e l',
    'niortais)',
    '(niortais',
    'introuvable',
    'niort introuvable',
    'dôme niort',
    'saint denis',
    'ais',
  ])('finds what a scan of every document finds: « %s »', (query) => {
    const { first, total } = find(query)
    expect(first).toEqual(scan(query))
    expect(total).toBe(scan(query).length)
  })

  it('returns the first hits up to the limit and counts them all', () => {
    expect(find('o', 2)).toEqual({ first: scan('o').slice(0, 2), total: scan('o').length })
  })

  it('finds nothing in an empty index', () => {
    expect(matching(typeIndex([]), ['niort'], 10)).toEqual({ first: [], total: 0 })
  })
})
