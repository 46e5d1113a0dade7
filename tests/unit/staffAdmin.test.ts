import { describe, expect, it } from '@jest/globals'

import { frenchDateTime } from '../../src/admin/format'
import { registrationFormProblems } from '../../src/collections/Events/hooks/requireRegistrationForm'
import { previewUrl } from '../../src/data/paths'
import { wallClockOf, wallClockToInstant } from '../../src/dates/wallClock'
import { rsvpFormFields } from '../../src/rsvp/rules/formDefinition'
import { placesLeftText } from '../../src/rsvp/capacity/placesLeft'
import type { FormBlock } from '../../src/rsvp/rules/submission'

describe('staff admin helpers', () => {
  it('reads a Paris wall-clock time as the right instant in winter, in summer and across the change of hour', () => {
    const paris = (year: number, month: number, day: number, hour: number, minute: number) =>
      wallClockToInstant({ year, month, day, hour, minute }).toISOString()
    expect(paris(2026, 11, 30, 14, 30)).toBe('2026-11-30T13:30:00.000Z')
    expect(paris(2026, 6, 4, 9, 0)).toBe('2026-06-04T07:00:00.000Z')
    expect(paris(2026, 3, 29, 3, 0)).toBe('2026-03-29T01:00:00.000Z')
    expect(wallClockOf(new Date('2026-10-25T01:30:00Z'))).toEqual({
      year: 2026,
      month: 10,
      day: 25,
      hour: 2,
      minute: 30,
    })
  })

  it('writes dates on a 24-hour clock', () => {
    expect(frenchDateTime('2026-11-30T11:04:00Z')).toBe('30/11/2026 à 12 h 04')
    expect(frenchDateTime('2026-06-04T20:00:00Z')).toBe('04/06/2026 à 22 h 00')
  })

  it('states the places left, and « complet » once full or when someone waits', () => {
    expect(placesLeftText({ capacity: 50, confirmed: 38, waiting: 0 })).toBe('12 places restantes sur 50')
    expect(placesLeftText({ capacity: 3, confirmed: 2 })).toBe('1 place restante sur 3')
    expect(placesLeftText({ capacity: 3, confirmed: 3 })).toBe('complet — liste d’attente ouverte')
    expect(placesLeftText({ capacity: 3, confirmed: 1, waiting: 2 })).toBe('complet — liste d’attente ouverte')
    expect(placesLeftText({ capacity: null, confirmed: 3 })).toBe('')
  })

  it('names what a form lacks to take registrations', () => {
    expect(registrationFormProblems(rsvpFormFields as unknown as FormBlock[])).toEqual([])
    const homeMade: FormBlock[] = [
      { blockType: 'text', name: 'prenom' },
      { blockType: 'text', name: 'nom' },
      { blockType: 'text', name: 'email' },
      { blockType: 'number', name: 'attendees' },
    ]
    expect(registrationFormProblems(homeMade)).toEqual([
      '« Prénom » (nom firstName, champ texte)',
      '« Nom » (nom lastName, champ texte)',
      '« Adresse e-mail » (nom email) doit être un champ e-mail',
      '« J’accepte que mes données soient traitées pour gérer mon inscription, selon la notice ci-dessous. » (nom consent, champ case à cocher)',
    ])
  })

  it('previews through a relative link, whatever SERVER_URL is', () => {
    expect(previewUrl('news-releases')({ slug: 'ag-niort' })).toBe('/preview?collection=news-releases&slug=ag-niort')
  })
})
