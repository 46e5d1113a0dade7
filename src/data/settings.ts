import type { SiteSetting } from '@/payload-types'

import { cached } from './cache'
import { payloadClient } from './payload'

export const getSiteSettings = cached('site-settings', ['site-settings', 'associations'], async (): Promise<SiteSetting> => {
  const payload = await payloadClient()
  return payload.findGlobal({ slug: 'site-settings', depth: 1 })
}, () => ({ id: 0 }) as SiteSetting)
