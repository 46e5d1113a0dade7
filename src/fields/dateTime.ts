import type { DateField } from 'payload'

import { PARIS, SUPPORTED_TIMEZONES } from '../dates/timezones'

type Label = { fr: string; en: string }

/** Stored in UTC; editors type the wall-clock time of the event's place (Paris by default). */
export const dateTimeField = (name: string, label: Label, extra: Partial<DateField> = {}): DateField =>
  ({
    name,
    type: 'date',
    label,
    timezone: { defaultTimezone: PARIS, supportedTimezones: SUPPORTED_TIMEZONES },
    // 24-hour list titled « Heure » (react-datepicker's defaults are « Time » and AM/PM).
    admin: {
      date: {
        pickerAppearance: 'dayAndTime',
        timeIntervals: 15,
        timeFormat: 'HH:mm',
        displayFormat: 'dd/MM/yyyy HH:mm',
        overrides: { timeCaption: 'Heure' },
      },
    },
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
