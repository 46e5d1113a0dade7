import { describe, expect, it } from '@jest/globals'

import { slugify } from '../../src/fields/slugify'
import { DEPARTEMENT_CODE } from '../../src/fields/validators'

describe('slugs made the French way', () => {
  it.each([
    ['Théâ', 'thea'],
    ['Assemblée Générale', 'assemblee-generale'],
    ['L’OCCE 79 accueille 200 acteurs', 'l-occe-79-accueille-200-acteurs'],
    ["Conseil d'élèves", 'conseil-d-eleves'],
    ['Œuvres & cœur', 'oeuvres-coeur'],
    ['  Préservation de l’environnement !  ', 'preservation-de-l-environnement'],
  ])('%s → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug)
  })
})

describe('département codes as France uses them', () => {
  it.each(['01', '09', '19', '21', '2A', '2B', '79', '95', '971', '976'])('accepts %s', (code) => {
    expect(DEPARTEMENT_CODE.test(code)).toBe(true)
  })
  it.each(['0', '00', '1', '20', '96', '99', '970', '977', '2C', '2a', '791'])('refuses %s', (code) => {
    expect(DEPARTEMENT_CODE.test(code)).toBe(false)
  })
})
