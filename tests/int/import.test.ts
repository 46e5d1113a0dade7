/** Staff load the federation's associations from a CSV file: all rows or none, bad lines named. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

let payload: Payload
let admin: Record<string, unknown>

const csv = (...lines: string[]) => Buffer.from(lines.join('\n') + '\n', 'utf8')
const HEADER = 'name,level,departementCode,departementName,region,email,address_city'

async function importAssociations(file: Buffer, importMode: 'create' | 'upsert' = 'create') {
  const doc = await payload.create({
    collection: 'imports' as never,
    data: {
      collectionSlug: 'associations',
      importMode,
      ...(importMode === 'upsert' ? { matchField: 'slug' } : {}),
    } as never,
    file: { data: file, mimetype: 'text/csv', name: 'associations.csv', size: file.length },
    user: admin as never,
    overrideAccess: false,
  })
  return doc as unknown as {
    status: string
    summary: { imported: number; issues: number; issueDetails?: { error: string }[] }
  }
}

beforeAll(async () => {
  payload = await getPayload({ config })
  const user = await payload.create({
    collection: 'users',
    data: { email: 'import@occe.test', password: 'mot-de-passe-import', role: 'admin' },
  })
  admin = { ...user, collection: 'users' }
})

afterAll(async () => {
  await payload.destroy()
})

describe('CSV import of associations', () => {
  it('creates every row of a valid file', async () => {
    const result = await importAssociations(
      csv(
        HEADER,
        'OCCE 79,departmental,79,Deux-Sèvres,nouvelle-aquitaine,ad79@occe.coop,Niort',
        'OCCE 86,departmental,86,Vienne,nouvelle-aquitaine,,Poitiers',
        'OCCE 2A,departmental,2a,Corse-du-Sud,corse,,Ajaccio',
      ),
    )
    expect(result.status).toBe('completed')
    expect(result.summary.imported).toBe(3)
    const found = await payload.find({
      collection: 'associations',
      where: { departementCode: { in: ['79', '86', '2A'] } },
      sort: 'departementCode',
    })
    expect(found.docs.map((d) => [d.name, d.slug, d.departementName, d.address?.city])).toEqual([
      ['OCCE 2A', 'occe-2a', 'Corse-du-Sud', 'Ajaccio'],
      ['OCCE 79', 'occe-79', 'Deux-Sèvres', 'Niort'],
      ['OCCE 86', 'occe-86', 'Vienne', 'Poitiers'],
    ])
  })

  it('imports nothing when one line is malformed, and names that line', async () => {
    const before = (await payload.count({ collection: 'associations' })).totalDocs
    const result = await importAssociations(
      csv(
        HEADER,
        'OCCE 17,departmental,17,Charente-Maritime,nouvelle-aquitaine,,La Rochelle',
        'OCCE 20,departmental,20,Corse,corse,,Bastia',
        'OCCE 16,departmental,16,Charente,nouvelle-aquitaine,contact@occe16,Angoulême',
        'OCCE 24,departmental,24,Dordogne,nouvelle-aquitaine,,Périgueux',
      ),
    )
    expect(result.status).toBe('failed')
    const message = result.summary.issueDetails?.map((d) => d.error).join(' ') ?? ''
    expect(message).toMatch(/aucune ligne n’a été enregistrée/)
    expect(message).toMatch(/ligne 3 : [^;]*département/)
    expect(message).toMatch(/ligne 4 : [^;]*E-mail/)
    expect(message).not.toMatch(/ligne 2 :|ligne 5 :/)
    expect((await payload.count({ collection: 'associations' })).totalDocs).toBe(before)
    const leaked = await payload.find({ collection: 'associations', where: { departementCode: { in: ['17', '24'] } } })
    expect(leaked.totalDocs).toBe(0)
  })

  it('puts updated rows back when an upsert fails', async () => {
    const result = await importAssociations(
      csv(
        'slug,name,level,departementCode',
        'occe-79,OCCE 79 modifiée,departmental,79',
        'occe-86,OCCE 86,departmental,999',
      ),
      'upsert',
    )
    expect(result.status).toBe('failed')
    const ad79 = await payload.find({ collection: 'associations', where: { slug: { equals: 'occe-79' } } })
    expect(ad79.docs[0]?.name).toBe('OCCE 79')
  })
})
