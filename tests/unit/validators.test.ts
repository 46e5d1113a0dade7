import { describe, expect, it } from '@jest/globals'

import { isFrenchPhone, isSiret, validatePhone, validateSiret } from '../../src/fields/validators'

describe('French phone numbers (libphonenumber-js)', () => {
  it.each([
    '01 44 14 93 30',
    '06 04 98 28 92',
    '0604982892',
    '+33 6 04 98 28 92',
    '01.44.14.93.30',
    '+33 (0)1 44 14 93 30',
    // Overseas: Réunion, Guadeloupe, Martinique, Guyane, Polynésie, written both ways
    '+262 262 21 00 00',
    '0262 21 00 00',
    '0692 12 34 56',
    '+590 590 12 34 56',
    '0590 12 34 56',
    '+596 596 60 10 10',
    '+594 594 12 34 56',
    '+689 40 46 67 00',
  ])('accepts %s', (n) => {
    expect(isFrenchPhone(n)).toBe(true)
    expect(validatePhone(n)).toBe(true)
  })

  it.each([
    '01 44 14 93',
    '00 44 14 93 30',
    '1234567890',
    '+44 20 7946 0958',
    '06 04 98 28 92 1',
    '+262 999 99 99 99',
    '01 44 14 93 30 abc',
    'tel:0144149330',
  ])('refuses %s with the French message', (n) => {
    expect(isFrenchPhone(n)).toBe(false)
    expect(validatePhone(n)).toBe('Numéro de téléphone invalide : 10 chiffres, par exemple 01 44 14 93 30.')
  })

  it('leaves an empty phone to the required rule', () => {
    expect(validatePhone('')).toBe(true)
    expect(validatePhone(undefined)).toBe(true)
  })
})

describe('SIRET with its Luhn key', () => {
  it.each(['775 689 078 02379', '77568907802379', '732 829 320 00074', '356 000 000 00048', '356 000 000 00051'])(
    'accepts %s',
    (s) => {
      expect(isSiret(s)).toBe(true)
    },
  )

  it.each(['775 689 078 02378', '775 689 078 02370', '775 689 078', '7756890780237A', '356 000 000 00049'])(
    'refuses %s',
    (s) => {
      expect(isSiret(s)).toBe(false)
      expect(validateSiret(s)).toMatch(/^SIRET invalide/)
    },
  )
})
