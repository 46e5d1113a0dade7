import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { en } from '@payloadcms/translations/languages/en'
import { fr } from '@payloadcms/translations/languages/fr'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { adminIdentity, adminTranslations } from './src/admin/config'
import { staffAdmin } from './src/admin/plugin'
import { Associations } from './src/collections/Associations'
import { Boilerplates } from './src/collections/Boilerplates'
import { Contacts } from './src/collections/Contacts'
import { Events } from './src/collections/Events'
import { Media } from './src/collections/Media'
import { NewsReleases } from './src/collections/NewsReleases'
import { Projects } from './src/collections/Projects'
import { Users } from './src/collections/Users'
import { databaseAdapter } from './src/db/adapter'
import { richTextEditor } from './src/fields/richText'
import { chooseDatabase } from './src/db/choice'
import { emailAdapter } from './src/email/adapter'
import { SiteSettings } from './src/globals/SiteSettings'
import { jobs } from './src/jobs'
import { dataDir } from './src/startup/dataDir'
import { resolveSecret } from './src/startup/secret'
import { PARIS, SUPPORTED_TIMEZONES } from './src/dates/timezones'
import { plugins } from './src/plugins'
import { allowedOrigins } from './src/security/origins'
import { uploadParserOptions } from './src/security/uploads'
import { seedOnFirstStart } from './src/seed/onInit'
import { storagePlugins } from './src/storage'

const root = path.dirname(fileURLToPath(import.meta.url))
const data = dataDir()
const database = chooseDatabase(process.env.DATABASE_URI, data, process.env.NODE_ENV)

export default buildConfig({
  serverURL: process.env.SERVER_URL || '',
  secret: resolveSecret(process.env, data),
  db: databaseAdapter(database),
  editor: richTextEditor,
  sharp,
  email: emailAdapter(process.env, data),
  collections: [NewsReleases, Events, Projects, Associations, Contacts, Boilerplates, Media, Users],
  globals: [SiteSettings],
  plugins: [...plugins, ...storagePlugins(process.env, database.kind), staffAdmin],
  cors: allowedOrigins(process.env.SERVER_URL),
  csrf: allowedOrigins(process.env.SERVER_URL),
  upload: uploadParserOptions,
  jobs,
  admin: {
    user: Users.slug,
    // Gravatar would send a hash of each staff e-mail to a third party on every admin page (and break the CSP).
    avatar: 'default',
    importMap: { baseDir: path.resolve(root, 'src') },
    ...adminIdentity,
    timezones: { defaultTimezone: PARIS, supportedTimezones: SUPPORTED_TIMEZONES },
  },
  i18n: { supportedLanguages: { fr, en }, fallbackLanguage: 'fr', translations: adminTranslations },
  typescript: { autoGenerate: false, outputFile: path.resolve(root, 'src/payload-types.ts') },
  graphQL: { disablePlaygroundInProduction: true },
  telemetry: false,
  // A wrong password or a locked account is an expected answer, not a server fault: one line, no stack.
  loggingLevels: { AuthenticationError: 'info', LockedAuth: 'info', UnverifiedEmail: 'info' },
  onInit: (payload) => seedOnFirstStart(payload, database),
})
