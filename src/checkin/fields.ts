/**
 * Attendance columns of a registration. Written only by the atomic check-in (src/checkin/store.ts), never
 * through the API. The retention job erases when and by whom; `attended` stays, like the number of people,
 * so attendance figures survive without anything personal.
 */
import type { Field } from 'payload'

const locked = { create: () => false, update: () => false }

export const checkinFields: Field[] = [
  {
    name: 'attended',
    type: 'checkbox',
    index: true,
    access: locked,
    admin: { readOnly: true },
    label: { fr: 'Présent·e', en: 'Attended' },
  },
  {
    name: 'checkedInAt',
    type: 'date',
    access: locked,
    admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    label: { fr: 'Arrivée enregistrée le', en: 'Checked in at' },
  },
  {
    name: 'checkedInBy',
    type: 'text',
    access: locked,
    admin: { readOnly: true },
    label: { fr: 'Enregistrée par', en: 'Checked in by' },
  },
]
