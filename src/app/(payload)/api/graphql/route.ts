import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { guardRest } from '@/http/restGuard'

// The body is read with the same byte cap as REST (413 beyond it).
export const POST = guardRest(config, GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
