/** The admin's OCCE identity, French texts and staff tools, kept out of payload.config.ts. */
import type { Config } from 'payload'

import { ADMIN_DATE_FORMAT, frOverrides } from './translations'

const FAVICON =
  'data:image/svg+xml,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="#00609c"/><circle cx="32" cy="32" r="17" fill="none" stroke="#fff" stroke-width="6"/></svg>',
  )

export const adminIdentity: Partial<NonNullable<Config['admin']>> = {
  dateFormat: ADMIN_DATE_FORMAT,
  meta: {
    titleSuffix: ' – OCCE',
    description: 'Espace de gestion du site de l’OCCE',
    icons: [{ rel: 'icon', type: 'image/svg+xml', url: FAVICON }],
  },
  components: {
    graphics: { Logo: '/admin/components/Logo#Logo', Icon: '/admin/components/Icon#Icon' },
    beforeNavLinks: ['/admin/components/AccountScope#AccountScope'],
    beforeDashboard: ['/admin/components/Dashboard#Dashboard'],
  },
}

export const adminTranslations = { fr: frOverrides }
