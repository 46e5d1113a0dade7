import type { Plugin } from 'payload'

import { checkinFields } from './fields'

/** Adds the attendance columns to the registrations (the form-builder's submissions): runs after formBuilder. */
export const checkinColumns: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) =>
    collection.slug === 'form-submissions'
      ? { ...collection, fields: [...collection.fields, ...checkinFields] }
      : collection,
  ),
})
