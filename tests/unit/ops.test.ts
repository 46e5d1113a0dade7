import { describe, expect, it } from '@jest/globals'

import { checkHealth } from '../../src/app/(payload)/api/health/check'
import { shouldRunJobs } from '../../src/jobs/autoRun'
import { s3Settings, storagePlugins } from '../../src/storage'

const env = (values: Record<string, string>) => values as NodeJS.ProcessEnv
const S3 = {
  S3_BUCKET: 'occe-media',
  S3_ENDPOINT: 'https://s3.example.test',
  S3_REGION: 'fr-par',
  S3_ACCESS_KEY_ID: 'AKIA-TEST',
  S3_SECRET_ACCESS_KEY: 'not-a-real-secret',
}

describe('media storage selection', () => {
  it('keeps media on local disk when no S3 variable is set', () => {
    expect(s3Settings(env({}))).toBeNull()
    expect(storagePlugins(env({}), 'sqlite')).toEqual([])
    expect(storagePlugins(env({}), 'mongodb')).toEqual([])
  })

  it('switches media to the bucket when S3 is configured with MongoDB', async () => {
    expect(s3Settings(env(S3))).toEqual({
      bucket: 'occe-media',
      region: 'fr-par',
      endpoint: 'https://s3.example.test',
      credentials: { accessKeyId: 'AKIA-TEST', secretAccessKey: 'not-a-real-secret' },
      forcePathStyle: true,
    })
    const plugins = storagePlugins(env(S3), 'mongodb')
    expect(plugins).toHaveLength(1)
    const media = { slug: 'media', fields: [], upload: { staticDir: '/tmp/media' } }
    const other = { slug: 'contacts', fields: [] }
    const config = await plugins[0]({ collections: [media, other] } as never)
    const after = (slug: string) => config.collections!.find((c) => c.slug === slug)!
    expect(after('media').upload).toMatchObject({ disableLocalStorage: true })
    expect((after('media').upload as { adapter?: unknown }).adapter).toBeDefined()
    expect(after('contacts')).toBe(other)
  })

  it('stops on a half configuration and on S3 with the embedded SQLite', () => {
    expect(() => s3Settings(env({ S3_ENDPOINT: 'https://s3.example.test' }))).toThrow(/S3_BUCKET is missing/)
    expect(() => s3Settings(env({ S3_BUCKET: 'b' }))).toThrow(/S3_REGION is missing/)
    expect(() => s3Settings(env({ S3_BUCKET: 'b', S3_REGION: 'r', S3_ACCESS_KEY_ID: 'k' }))).toThrow(/go together/)
    expect(() => storagePlugins(env(S3), 'sqlite')).toThrow(/needs MongoDB/)
  })

  it('uses the instance role without keys, and virtual-host style on AWS', () => {
    expect(s3Settings(env({ S3_BUCKET: 'b', S3_REGION: 'eu-west-3' }))).toMatchObject({
      credentials: undefined,
      endpoint: undefined,
      forcePathStyle: false,
    })
    expect(s3Settings(env({ ...S3, S3_FORCE_PATH_STYLE: 'false' }))?.forcePathStyle).toBe(false)
  })
})

describe('job runner', () => {
  it('runs the queue unless RUN_JOBS turns it off or under tests', () => {
    expect(shouldRunJobs(env({ NODE_ENV: 'production' }))).toBe(true)
    expect(shouldRunJobs(env({ NODE_ENV: 'production', RUN_JOBS: 'true' }))).toBe(true)
    for (const off of ['false', 'FALSE', '0', 'no', 'off']) {
      expect(shouldRunJobs(env({ NODE_ENV: 'production', RUN_JOBS: off }))).toBe(false)
    }
    expect(shouldRunJobs(env({ NODE_ENV: 'test' }))).toBe(false)
  })
})

describe('health check', () => {
  it('answers 200 when the probe succeeds, 503 when it fails or hangs', async () => {
    expect(await checkHealth(async () => 1, { jobs: true })).toMatchObject({
      status: 200,
      body: { status: 'ok', database: 'up', jobs: true },
    })
    expect(await checkHealth(async () => Promise.reject(new Error('SQLITE_CANTOPEN')), { jobs: false })).toEqual({
      status: 503,
      body: { status: 'error', database: 'down', reason: 'error', jobs: false },
    })
    const started = Date.now()
    const hung = await checkHealth(() => new Promise(() => {}), { jobs: false, timeoutMs: 200 })
    expect(hung).toMatchObject({ status: 503, body: { reason: 'timeout' } })
    expect(Date.now() - started).toBeLessThan(1000)
  })
})
