/**
 * Input that the database would refuse gets a French 400 (a Payload ValidationError) instead of a 500, on
 * every write path (REST, GraphQL, Local API, admin):
 *
 * - rows of one list (array or blocks field) sharing an `id`: refused before any write, on both databases
 *   (SQLite refused them half-way through a save; MongoDB stored them);
 * - any other SQLite constraint (primary key, unique, not null, foreign key, check): its error becomes a
 *   French message. With transactions on (src/db/sqliteTransactions.ts) nothing of the save remains.
 *
 * The first is a ValidationError on the list's path (shown under the field in the admin); the second an
 * APIError 400 whose message is the French sentence and whose data.errors repeats it (no field to point at).
 * Callers recognise both by their shape (status 400, data.errors), never by class: see src/http/payloadErrors.ts.
 */
import { APIError, type DatabaseAdapterObj, type PayloadRequest, ValidationError } from 'payload'

type FieldError = { message: string; path: string }

const WRITES = [
  'create',
  'createGlobal',
  'createGlobalVersion',
  'createVersion',
  'updateGlobal',
  'updateGlobalVersion',
  'updateMany',
  'updateOne',
  'updateVersion',
  'upsert',
] as const

/** Every list whose rows repeat an `id`, with the path of the list (`fields.2.options`). */
export function duplicateRowIds(data: unknown, path = ''): FieldError[] {
  if (Array.isArray(data)) {
    const errors: FieldError[] = []
    const seen = new Set<string>()
    const reported = new Set<string>()
    data.forEach((row, index) => {
      const id = row && typeof row === 'object' ? (row as { id?: unknown }).id : undefined
      if ((typeof id === 'string' && id !== '') || typeof id === 'number') {
        const key = String(id)
        if (seen.has(key) && !reported.has(key)) {
          reported.add(key)
          errors.push({
            path,
            message: `Deux lignes de cette liste ont le même identifiant (« ${key.slice(0, 40)} ») : chaque ligne doit avoir le sien.`,
          })
        }
        seen.add(key)
      }
      errors.push(...duplicateRowIds(row, path ? `${path}.${index}` : String(index)))
    })
    return errors
  }
  if (data && typeof data === 'object') {
    return Object.entries(data as Record<string, unknown>).flatMap(([key, value]) =>
      value && typeof value === 'object' ? duplicateRowIds(value, path ? `${path}.${key}` : key) : [],
    )
  }
  return []
}

const MESSAGES: [RegExp, string][] = [
  [
    /PRIMARYKEY|UNIQUE/,
    'Enregistrement refusé : un identifiant ou une valeur unique est déjà utilisé par un autre document.',
  ],
  [/NOTNULL/, 'Enregistrement refusé : une valeur obligatoire manque.'],
  [/FOREIGNKEY/, 'Enregistrement refusé : un document lié n’existe pas (ou plus).'],
]
const GENERIC = 'Enregistrement refusé : les données ne respectent pas une règle de la base.'

/** The SQLite constraint failure inside an error (drizzle and libsql wrap it in `cause`), if any. */
export function sqliteConstraint(error: unknown): { code: string; message: string } | undefined {
  for (
    let e = error as { code?: unknown; message?: unknown; cause?: unknown } | undefined, depth = 0;
    e && depth < 5;
    e = e.cause as typeof e, depth++
  ) {
    if (typeof e.code === 'string' && e.code.startsWith('SQLITE_CONSTRAINT'))
      return { code: e.code, message: String(e.message ?? '') }
  }
  return undefined
}

export function constraintMessage(code: string): string {
  return MESSAGES.find(([pattern]) => pattern.test(code))?.[1] ?? GENERIC
}

type WriteArgs = {
  collection?: string
  slug?: string
  data?: unknown
  req?: Partial<PayloadRequest>
  id?: number | string
}

function refuse(args: WriteArgs, errors: FieldError[]): never {
  throw new ValidationError({
    collection: args.collection,
    global: args.collection ? undefined : args.slug,
    id: args.id,
    errors,
    req: args.req,
  })
}

/** The adapter with the two checks above around each of its writes. */
export function withConstraintMessages(adapter: DatabaseAdapterObj, options: { sqlite: boolean }): DatabaseAdapterObj {
  return {
    ...adapter,
    init: (initArgs) => {
      const instance = adapter.init(initArgs) as unknown as Record<string, unknown>
      for (const name of WRITES) {
        const write = instance[name]
        if (typeof write !== 'function') continue
        instance[name] = async function (this: unknown, args: WriteArgs) {
          const duplicates = duplicateRowIds(args?.data)
          if (duplicates.length) refuse(args, duplicates)
          try {
            return await write.call(this, args)
          } catch (error) {
            const constraint = options.sqlite ? sqliteConstraint(error) : undefined
            if (!constraint) throw error
            // The column named by SQLite ("UNIQUE constraint failed: forms_blocks_select_options.id") is logged, not shown.
            initArgs.payload.logger.warn(`[db] ${constraint.code}: ${constraint.message}`)
            const message = constraintMessage(constraint.code)
            throw new APIError(message, 400, { errors: [{ path: '', message }] }, true)
          }
        }
      }
      return instance as unknown as ReturnType<DatabaseAdapterObj['init']>
    },
  }
}
