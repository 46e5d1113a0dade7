import type { DateField } from 'payload'

import { PARIS, SUPPORTED_TIMEZONES } from '../lib/timezones'

type Label = { fr: string; en: string }

/** Stored in UTC; editors type the wall-clock time of the event's place (Paris by default). */
export const dateTimeField = (name: string, label: Label, extra: Partial<DateField> = {}): DateField =>
  ({
    name,
    type: 'date',
    label,
    timezone: { defaultTimezone: PARIS, supportedTimezones: SUPPORTED_TIMEZONES },
    admin: { date: { pickerAppearance: 'dayAndTime', timeIntervals: 15, displayFormat: 'dd/MM/yyyy HH:mm' } },
    ...extra,
  }) as DateField

export const dayField = (name: string, label: Label, extra: Partial<DateField> = {}): DateField =>
  ({
    name,
    type: 'date',
    label,
    admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
    ...extra,
  }) as DateField
