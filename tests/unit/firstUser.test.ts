import { afterEach, describe, expect, it } from '@jest/globals'

import { firstUserIsAdmin } from '../../src/collections/Users/hooks/firstUserIsAdmin'

const env = process.env as Record<string, string | undefined>
const saved = { NODE_ENV: env.NODE_ENV, ADMIN_BOOTSTRAP_EMAIL: env.ADMIN_BOOTSTRAP_EMAIL }

/** The hook only asks the request how many accounts exist and through which API it came. */
const run = (email: string, payloadAPI: string, existing = 0) =>
  firstUserIsAdmin({
    data: { email, role: 'editor' },
    operation: 'create',
    req: { payloadAPI, payload: { count: async () => ({ totalDocs: existing }) } },
  } as never)

afterEach(() => {
  env.NODE_ENV = saved.NODE_ENV
  env.ADMIN_BOOTSTRAP_EMAIL = saved.ADMIN_BOOTSTRAP_EMAIL
})

describe('the first account of a site', () => {
  it('becomes admin outside production', async () => {
    env.NODE_ENV = 'development'
    await expect(run('qui@occe.test', 'REST')).resolves.toMatchObject({ role: 'admin' })
  })

  it('cannot be taken over HTTP in production by whoever comes first', async () => {
    env.NODE_ENV = 'production'
    delete env.ADMIN_BOOTSTRAP_EMAIL
    await expect(run('pirate@example.org', 'REST')).rejects.toThrow(/ADMIN_BOOTSTRAP_EMAIL/)
    env.ADMIN_BOOTSTRAP_EMAIL = 'Direction@occe.coop'
    await expect(run('pirate@example.org', 'REST')).rejects.toThrow(/refusée/)
    await expect(run(' direction@OCCE.coop ', 'REST')).resolves.toMatchObject({ role: 'admin' })
  })

  it('can be created by a script on the server (Local API) in production', async () => {
    env.NODE_ENV = 'production'
    delete env.ADMIN_BOOTSTRAP_EMAIL
    await expect(run('exploitant@occe.coop', 'local')).resolves.toMatchObject({ role: 'admin' })
  })

  it('leaves later accounts as asked', async () => {
    env.NODE_ENV = 'production'
    await expect(run('editeur@occe.coop', 'REST', 3)).resolves.toMatchObject({ role: 'editor' })
  })
})
