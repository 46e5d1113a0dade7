import type { CollectionConfig } from 'payload'

import { isAdmin, isAdminField } from '../../access/isAdmin'
import { isAdminOrSelf } from '../../access/isAdminOrSelf'
import { isStaff } from '../../access/isStaff'
import { ROLES } from '../../access/roles'
import { secureCookies } from '../../security/cookies'
import { enforcePasswordRules } from './hooks/enforcePasswordRules'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'
import { forgetSuccessfulLogin, throttleLogin } from './hooks/loginThrottle'

const roleLabels = {
  admin: { fr: 'Administrateur', en: 'Administrator' },
  editor: { fr: 'Éditeur fédéral', en: 'Federation editor' },
  'ad-editor': { fr: 'Éditeur d’association départementale', en: 'AD editor' },
}

export const Users: CollectionConfig = {
  slug: 'users',
  labels: {
    singular: { fr: 'Compte', en: 'Account' },
    plural: { fr: 'Comptes', en: 'Accounts' },
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['name', 'email', 'role'],
    group: { fr: 'Administration', en: 'Administration' },
  },
  auth: {
    // No per-account lockout: it let anyone lock a colleague out and told which addresses exist. Failed
    // logins are throttled per client address instead (hooks/loginThrottle.ts).
    maxLoginAttempts: 0,
    tokenExpiration: 8 * 60 * 60,
    cookies: { secure: secureCookies(process.env), sameSite: 'Lax' },
  },
  access: {
    admin: isStaff,
    create: isAdmin,
    read: isAdminOrSelf,
    update: isAdminOrSelf,
    delete: isAdmin,
  },
  hooks: {
    beforeOperation: [throttleLogin, enforcePasswordRules],
    beforeChange: [firstUserIsAdmin],
    afterLogin: [forgetSuccessfulLogin],
  },
  fields: [
    { name: 'name', type: 'text', label: { fr: 'Nom', en: 'Name' }, maxLength: 120 },
    {
      name: 'role',
      type: 'select',
      label: { fr: 'Rôle', en: 'Role' },
      required: true,
      defaultValue: 'editor',
      options: ROLES.map((value) => ({ value, label: roleLabels[value] })),
      access: { create: isAdminField, update: isAdminField },
      saveToJWT: true,
    },
    {
      name: 'association',
      type: 'relationship',
      relationTo: 'associations',
      label: { fr: 'Association', en: 'Association' },
      saveToJWT: true,
      access: { create: isAdminField, update: isAdminField },
      admin: {
        condition: (data) => data?.role === 'ad-editor',
        description: {
          fr: 'L’association dont ce compte édite les contenus.',
          en: 'The association this account edits.',
        },
      },
      validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
        siblingData?.role === 'ad-editor' && !value
          ? 'Un éditeur d’association départementale doit être rattaché à une association.'
          : true,
    },
  ],
}
