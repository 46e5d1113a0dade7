/**
 * Staff-facing admin options applied on top of every collection once the other plugins have run: the
 * French publish/schedule controls on published content, and an AD editor's navigation reduced to what
 * they can act on. Access rules stay where they are (src/access); this only changes what is shown.
 */
import type { CollectionConfig, Config, Field, GlobalConfig, Plugin } from 'payload'

import { hasRole } from '../access/roles'
import { revalidateHooks } from '../hooks/revalidate'
import { presetRegistrationFields } from './formPreset'
import { registrationEndpoints } from './registrationActions'
import { PUBLISHED_COLLECTIONS } from './scope'

/** Read-only or federation-only for an AD editor: nothing there for them to do. */
const FEDERATION_ONLY_COLLECTIONS = new Set(['users', 'imports', 'exports'])
const FEDERATION_ONLY_GLOBALS = new Set(['site-settings'])
const REFRESH_EVENT_PAGES = new Set(['forms', 'form-submissions'])

const hiddenForAdEditors = ({ user }: { user: unknown }) => hasRole(user, 'ad-editor')

function withStaffAdmin(collection: CollectionConfig): CollectionConfig {
  const admin = { ...collection.admin }
  let fields = collection.fields
  if (collection.slug in PUBLISHED_COLLECTIONS) {
    admin.components = {
      ...admin.components,
      edit: {
        ...admin.components?.edit,
        PublishButton: '/admin/components/PublishControls#PublishControls',
        beforeDocumentControls: [
          ...(admin.components?.edit?.beforeDocumentControls ?? []),
          '/admin/components/DocumentNotes#DocumentNotes',
        ],
      },
    }
    // Lists say « Programmé le … » for a scheduled draft where Payload's status column says « Brouillon ».
    admin.defaultColumns = admin.defaultColumns?.map((column) => (column === '_status' ? 'publication' : column))
    fields = [
      ...fields,
      {
        name: 'publication',
        type: 'ui',
        label: 'Publication',
        admin: { components: { Cell: '/admin/components/PublicationCell#PublicationCell' } },
      },
    ]
  }
  if (FEDERATION_ONLY_COLLECTIONS.has(collection.slug)) admin.hidden = hiddenForAdEditors
  let hooks = collection.hooks
  if (REFRESH_EVENT_PAGES.has(collection.slug)) {
    // Event pages show the form and the places left: a registration, a cancellation or an edited form
    // refreshes them now (after the RSVP hooks have moved the counters), not when the cache expires.
    const refresh = revalidateHooks('events')
    hooks = {
      ...hooks,
      afterChange: [...(hooks?.afterChange ?? []), ...refresh.afterChange],
      afterDelete: [...(hooks?.afterDelete ?? []), ...refresh.afterDelete],
    }
  }
  const result = { ...collection, admin, hooks, fields }
  if (collection.slug === 'events') return withRegistrationPanel(result)
  if (collection.slug === 'forms') return withFormPreset(result)
  if (collection.slug === 'form-submissions') return withReadableRegistration(result)
  return result
}

const named = (field: Field, name: string) => 'name' in field && field.name === name

/** The event's registration panel, first thing in its « Inscriptions » group. */
function withRegistrationPanel(collection: CollectionConfig): CollectionConfig {
  const panel: Field = {
    name: 'registrationPanel',
    type: 'ui',
    admin: { components: { Field: '/components/Rsvp/admin/RegistrationPanel#RegistrationPanel' } },
  }
  return {
    ...collection,
    fields: collection.fields.map((field) =>
      named(field, 'rsvp') && field.type === 'group' ? { ...field, fields: [panel, ...field.fields] } : field,
    ),
  }
}

function withFormPreset(collection: CollectionConfig): CollectionConfig {
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeValidate: [...(collection.hooks?.beforeValidate ?? []), presetRegistrationFields],
    },
    fields: collection.fields.map((field) => {
      if (named(field, 'fields'))
        return {
          ...field,
          admin: {
            ...field.admin,
            description:
              'Formulaire d’inscription : laissez la liste vide à la création, les champs standard (prénom, nom, e-mail, nombre de personnes, accord…) sont ajoutés d’office. Ajoutez ensuite vos propres questions ; ne renommez pas les champs standard.',
          },
        } as Field
      // A registration always ends on the event's own answer page, never on a redirect: only the message applies.
      if (named(field, 'confirmationType')) return { ...field, admin: { ...field.admin, hidden: true } } as Field
      if (named(field, 'confirmationMessage'))
        return {
          ...field,
          admin: {
            ...field.admin,
            description:
              'Affiché à la personne juste après son inscription, sous « Inscription confirmée » ou « Inscription sur liste d’attente ». L’e-mail de confirmation part dans tous les cas.',
          },
        } as Field
      return field
    }),
  }
}

/** A registration shows its answers under the form's labels and the staff actions; raw rows and internal statuses are not offered. */
function withReadableRegistration(collection: CollectionConfig): CollectionConfig {
  const details: Field = {
    name: 'registrationDetails',
    type: 'ui',
    admin: { components: { Field: '/components/Rsvp/admin/RegistrationDetails#RegistrationDetails' } },
  }
  return {
    ...collection,
    endpoints: [...(collection.endpoints || []), ...registrationEndpoints],
    fields: [
      details,
      ...collection.fields.map((field) => {
        if (named(field, 'submissionData')) return { ...field, admin: { ...field.admin, hidden: true } } as Field
        // Statuses change through « Annuler l’inscription » only (seats are allocated in order of arrival).
        if (named(field, 'status')) return { ...field, admin: { ...field.admin, readOnly: true } } as Field
        return field
      }),
    ],
  }
}

function withGlobalAdmin(global: GlobalConfig): GlobalConfig {
  if (!FEDERATION_ONLY_GLOBALS.has(global.slug)) return global
  return { ...global, admin: { ...global.admin, hidden: hiddenForAdEditors } }
}

export const staffAdmin: Plugin = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map(withStaffAdmin),
  globals: (config.globals ?? []).map(withGlobalAdmin),
})
