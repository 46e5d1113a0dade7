import { describe, expect, it } from '@jest/globals'

import { ACCEPTED_DATABASE_URIS, chooseDatabase } from '../../src/db/choice'

describe('database chosen by DATABASE_URI', () => {
  it('uses an embedded SQLite file under the data folder when unset or empty', () => {
    for (const uri of [undefined, '', '   ']) {
      const choice = chooseDatabase(uri, '/srv/data', 'development')
      expect(choice).toMatchObject({ kind: 'sqlite', file: '/srv/data/dev.db', url: 'file:/srv/data/dev.db' })
    }
  })

  it('keeps the migrated production file apart from the schema-pushed dev file', () => {
    const prod = chooseDatabase(undefined, '/srv/data', 'production')
    const dev = chooseDatabase(undefined, '/srv/data', 'development')
    expect(prod).toMatchObject({ kind: 'sqlite', migrated: true, file: '/srv/data/site.db' })
    expect(dev).toMatchObject({ kind: 'sqlite', migrated: false })
  })

  it.each(['mongodb://127.0.0.1:27017/occe', 'mongodb+srv://user:pw@cluster.example.net/occe'])(
    'uses MongoDB for %s',
    (uri) => {
      expect(chooseDatabase(uri, '/srv/data', 'production')).toEqual({ kind: 'mongodb', url: uri })
    },
  )

  it.each(['postgres://localhost/occe', 'file:./data/x.db', 'mysql://x', 'mongodb:/missing-slash', 'sqlite'])(
    'refuses %s with one line naming the accepted forms',
    (uri) => {
      expect(() => chooseDatabase(uri, '/srv/data', 'development')).toThrow(ACCEPTED_DATABASE_URIS)
      try {
        chooseDatabase(uri, '/srv/data', 'development')
      } catch (error) {
        expect((error as Error).message).not.toContain('\n')
      }
    },
  )

  it('does not echo credentials of a refused URI', () => {
    expect(() => chooseDatabase('postgres://admin:hunter2@db/occe', '/d', 'production')).toThrow(/^(?!.*hunter2)/)
  })
})
