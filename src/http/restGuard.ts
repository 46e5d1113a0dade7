/**
 * Malformed requests to the REST and GraphQL API get a French 4xx before they reach Payload, whose
 * handlers answer 500 to several of them (Payload 3.90): a non-numeric `page`, a `where` value of the
 * wrong type for its field or an operator the field cannot take, a multipart body that is not multipart,
 * the versions of a collection without versions, a single relationship sent as a list, a missing file.
 * JSON bodies are read with a byte cap (413) instead of being parsed whatever their size.
 */
import type { FlattenedField, SanitizedCollectionConfig, SanitizedConfig } from 'payload'

import { readCapped } from './readCapped'

export const JSON_BODY_LIMIT = 2 * 1024 * 1024
/** Uploads are checked by the media collection (10 MB); this only bounds what is held in memory. */
export const MULTIPART_BODY_LIMIT = 64 * 1024 * 1024

const NO_STORE = { 'Cache-Control': 'no-store' }

/** Payload's own error shape, so the admin and API clients read it as they read Payload's errors. */
export function refusal(status: number, message: string, path?: string): Response {
  const error = path ? { message, data: { errors: [{ path, message }] } } : { message }
  return Response.json({ errors: [error] }, { status, headers: NO_STORE })
}

type Refusal = { status: number; message: string; path?: string }

const INTEGER = /^\d{1,9}$/
const NUMERIC_PARAMS = ['page', 'limit', 'depth'] as const

/** `page`, `limit` and `depth` are whole numbers (Payload turns « 1e400 » into Infinity, then into SQL). */
function checkNumericParams(params: URLSearchParams): Refusal | undefined {
  for (const name of NUMERIC_PARAMS) {
    for (const value of params.getAll(name))
      if (!INTEGER.test(value))
        return { status: 400, message: `Paramètre « ${name} » invalide : un nombre entier positif est attendu.` }
  }
  return undefined
}

const OPERATORS = new Set([
  'equals',
  'contains',
  'not_equals',
  'in',
  'all',
  'not_in',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_like',
  'within',
  'intersects',
  'near',
])
const GEO_OPERATORS = new Set(['within', 'intersects', 'near'])
const VALUE_OPERATORS = new Set([
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
])

type Condition = { path: string; operator: string; value: string }

/** The conditions of `where[…]` query keys, e.g. where[or][0][dateline.date][greater_than]=… */
function whereConditions(params: URLSearchParams): Condition[] {
  const conditions: Condition[] = []
  for (const [key, value] of params) {
    if (!key.startsWith('where[')) continue
    const segments = [...key.slice('where'.length).matchAll(/\[([^\]]*)\]/g)].map((m) => m[1])
    const fieldPath: string[] = []
    for (const segment of segments) {
      if (OPERATORS.has(segment) && fieldPath.length > 0) {
        conditions.push({ path: fieldPath.join('.'), operator: segment, value })
        break
      }
      if (fieldPath.length === 0 && (segment === 'and' || segment === 'or' || /^\d+$/.test(segment))) continue
      fieldPath.push(segment)
    }
  }
  return conditions
}

/** The field a dot path names, through groups, tabs, arrays and blocks; undefined past a relationship or when unknown. */
function fieldAt(fields: FlattenedField[], path: string[]): FlattenedField | undefined {
  const [name, ...rest] = path
  const field = fields.find((f) => 'name' in f && f.name === name)
  if (!field || rest.length === 0) return field
  if (field.type === 'group' || field.type === 'tab' || field.type === 'array')
    return fieldAt(field.flattenedFields, rest)
  if (field.type === 'blocks') {
    for (const block of field.blocks ?? []) {
      if (typeof block === 'string') continue
      const found = fieldAt(block.flattenedFields, rest)
      if (found) return found
    }
  }
  return undefined
}

const isDate = (value: string) => value !== '' && !Number.isNaN(Date.parse(value))
const isNumber = (value: string) => value.trim() !== '' && Number.isFinite(Number(value))

const RANGE_OPERATORS = new Set(['greater_than', 'greater_than_equal', 'less_than', 'less_than_equal'])
const isInteger = (value: string) => /^\d{1,15}$/.test(value.trim())
const OBJECT_ID = /^[0-9a-f]{24}$/i
/** An id of this database's form: SQLite's are integers, MongoDB's ObjectIds. */
const validId = (value: string, numericIds: boolean) => (numericIds ? isInteger(value) : OBJECT_ID.test(value))

function checkCondition(
  collection: SanitizedCollectionConfig,
  condition: Condition,
  versions: boolean,
  numericIds: boolean,
): Refusal | undefined {
  const segments = condition.path.split('.')
  if (versions && segments[0] === 'version') segments.shift()
  const field = fieldAt(collection.flattenedFields, segments)
  if (!field) return undefined // unknown paths: Payload refuses them itself (400)
  const label = condition.path.slice(0, 60)
  if (GEO_OPERATORS.has(condition.operator) && field.type !== 'point')
    return {
      status: 400,
      message: `Opérateur « ${condition.operator} » impossible sur « ${label} » : il ne s’applique qu’aux coordonnées.`,
    }
  if (condition.operator === 'exists' && !['true', 'false', '1', '0'].includes(condition.value))
    return { status: 400, message: `Valeur invalide pour « ${label} » : true ou false est attendu.` }
  if (!VALUE_OPERATORS.has(condition.operator)) return undefined
  const values = ['in', 'not_in', 'all'].includes(condition.operator) ? condition.value.split(',') : [condition.value]
  if (field.type === 'date' && !values.every(isDate))
    return { status: 400, message: `Date invalide pour « ${label} » (exemple : 2026-06-04).` }
  if (field.type === 'number' && !values.every(isNumber))
    return { status: 400, message: `Nombre invalide pour « ${label} ».` }
  if ((field.type === 'relationship' || field.type === 'upload') && !Array.isArray(field.relationTo)) {
    // A related document is named by its id: no order between ids, and SQLite's ids are integers.
    if (RANGE_OPERATORS.has(condition.operator))
      return {
        status: 400,
        message: `Opérateur « ${condition.operator} » impossible sur « ${label} » : un document lié se cherche par son identifiant.`,
      }
    if (!values.every((v) => v === 'null' || validId(v, numericIds)))
      return { status: 400, message: `Identifiant invalide pour « ${label} ».` }
  }
  return undefined
}

/** A relationship or upload field that holds one document was sent a list (or another shape Payload would store as SQL). */
function checkBody(fields: FlattenedField[], data: unknown, prefix: string, numericIds: boolean): Refusal | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined
  for (const field of fields) {
    if (!('name' in field)) continue
    const value = (data as Record<string, unknown>)[field.name]
    if (value === undefined || value === null) continue
    const path = `${prefix}${field.name}`
    if (
      (field.type === 'relationship' || field.type === 'upload') &&
      !field.hasMany &&
      typeof field.relationTo === 'string'
    ) {
      const single =
        typeof value === 'string' ||
        typeof value === 'number' ||
        (typeof value === 'object' && !Array.isArray(value) && 'id' in value)
      if (!single) return { status: 400, message: 'Un seul document est attendu pour ce champ.', path }
      if (typeof value !== 'object' && value !== '' && !validId(String(value), numericIds))
        return { status: 400, message: 'Identifiant de document invalide.', path }
    } else if (field.type === 'group' || field.type === 'tab') {
      const found = checkBody(field.flattenedFields, value, `${path}.`, numericIds)
      if (found) return found
    } else if (field.type === 'array' && Array.isArray(value)) {
      for (const [index, row] of value.entries()) {
        const found = checkBody(field.flattenedFields, row, `${path}.${index}.`, numericIds)
        if (found) return found
      }
    } else if (field.type === 'blocks' && Array.isArray(value)) {
      for (const [index, row] of value.entries()) {
        const type = typeof row === 'object' && row !== null ? (row as { blockType?: unknown }).blockType : undefined
        const block = (field.blocks ?? []).find((b) => typeof b !== 'string' && b.slug === type)
        if (block && typeof block !== 'string') {
          const found = checkBody(block.flattenedFields, row, `${path}.${index}.`, numericIds)
          if (found) return found
        }
      }
    }
  }
  return undefined
}

/** A multipart body opens with its boundary and ends with the closing delimiter; anything else makes Payload's parser throw. */
function wellFormedMultipart(contentType: string, bytes: Uint8Array): boolean {
  const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType)
  const value = boundary?.[1] ?? boundary?.[2]
  if (!value) return false
  const body = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const opening = body.indexOf(`--${value}`)
  return opening !== -1 && body.indexOf(`--${value}--`, opening) !== -1
}

const tooLarge = (limit: number): Refusal => ({
  status: 413,
  message: `Envoi trop volumineux (${Math.round(limit / 1024 / 1024)} Mo au maximum).`,
})

type Route = {
  collection?: SanitizedCollectionConfig
  versions: boolean
  file: boolean
  globalWithoutVersions: boolean
  unknownVersions: boolean
}

function routeOf(config: SanitizedConfig, segments: string[]): Route {
  const [first, second, third] = segments
  if (first === 'globals') {
    const global = config.globals.find((g) => g.slug === second)
    const versions = third === 'versions'
    return {
      versions,
      file: false,
      globalWithoutVersions: Boolean(global && versions && !global.versions),
      unknownVersions: false,
    }
  }
  const collection = config.collections.find((c) => c.slug === first)
  const versions = second === 'versions'
  return {
    collection,
    versions,
    file: second === 'file' && segments.length === 3,
    globalWithoutVersions: false,
    unknownVersions: Boolean(collection && versions && !collection.versions),
  }
}

/** The REST path after /api, split into decoded segments; undefined when a segment cannot be decoded. */
function apiSegments(url: URL, apiRoute: string): string[] | undefined {
  try {
    const rest = url.pathname.startsWith(`${apiRoute}/`) ? url.pathname.slice(apiRoute.length + 1) : ''
    return rest.split('/').filter(Boolean).map(decodeURIComponent)
  } catch {
    return undefined
  }
}

type Handler<C> = (request: Request, context: C) => Promise<Response>

/** Wraps one of Payload's REST handlers (REST_GET…) or GRAPHQL_POST with the checks above. */
export function guardRest<C>(
  configPromise: Promise<SanitizedConfig> | SanitizedConfig,
  handler: Handler<C>,
): Handler<C> {
  return async (request, context) => {
    const config = await configPromise
    const url = new URL(request.url)
    const segments = apiSegments(url, config.routes.api)
    if (!segments) return refusal(400, 'Adresse invalide.')
    const route = routeOf(config, segments)
    if (route.unknownVersions || route.globalWithoutVersions)
      return refusal(404, 'Ce contenu n’a pas d’historique de versions.')

    const numericIds = config.db.defaultIDType === 'number'
    const found =
      checkNumericParams(url.searchParams) ??
      (route.collection
        ? whereConditions(url.searchParams)
            .map((c) => checkCondition(route.collection!, c, route.versions, numericIds))
            .find(Boolean)
        : undefined)
    if (found) return refusal(found.status, found.message, found.path)

    let forwarded = request
    const type = request.headers.get('content-type') ?? ''
    if (request.body && request.method !== 'GET' && request.method !== 'HEAD') {
      const multipart = /^multipart\/form-data/i.test(type)
      const limit = multipart ? MULTIPART_BODY_LIMIT : JSON_BODY_LIMIT
      const bytes = await readCapped(request, limit)
      if (!bytes) {
        const { status, message } = tooLarge(limit)
        return refusal(status, message)
      }
      if (multipart && !wellFormedMultipart(type, bytes))
        return refusal(400, 'Envoi illisible : le corps n’est pas au format multipart annoncé.')
      if (/json/i.test(type) && route.collection && bytes.byteLength > 0) {
        try {
          const problem = checkBody(
            route.collection.flattenedFields,
            JSON.parse(new TextDecoder().decode(bytes)),
            '',
            numericIds,
          )
          if (problem) return refusal(problem.status, problem.message, problem.path)
        } catch {
          return refusal(400, 'Corps JSON illisible.')
        }
      }
      forwarded = new Request(request.url, {
        method: request.method,
        headers: request.headers,
        body: bytes as unknown as BodyInit,
        signal: request.signal,
      })
    }

    const response = await handler(forwarded, context)
    // A missing file answers 500 in Payload (getFile) where the visitor asked for something that is not there.
    if (route.file && request.method === 'GET' && response.status === 500) return refusal(404, 'Fichier introuvable.')
    // SQLite's ids are integers: Payload answers 500 to /api/<collection>/abc where MongoDB answers 404.
    if (response.status === 500 && route.collection && segments.length === 2 && numericIds && !isInteger(segments[1]))
      return refusal(404, 'Contenu introuvable.')
    return frenchSummary(response)
  }
}

const UNTRANSLATED = /^The following fields? (is|are) invalid/

/**
 * A ValidationError thrown by our hooks without Payload's translator carries English headline text
 * (« The following field is invalid: form ») above its French field messages: the headline becomes those
 * messages, so API clients and the admin's notice read French.
 */
async function frenchSummary(response: Response): Promise<Response> {
  if (response.status < 400 || response.status >= 500 || !/json/.test(response.headers.get('content-type') ?? ''))
    return response
  const text = await response.text()
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  const rebuilt = (body: string) =>
    new Response(body, { status: response.status, statusText: response.statusText, headers })
  try {
    const body = JSON.parse(text) as { errors?: { message?: unknown; data?: { errors?: { message?: unknown }[] } }[] }
    let changed = false
    for (const error of body.errors ?? []) {
      const messages = (error.data?.errors ?? [])
        .map((e) => e.message)
        .filter((m): m is string => typeof m === 'string')
      if (typeof error.message === 'string' && UNTRANSLATED.test(error.message) && messages.length) {
        error.message = messages.join(' ')
        changed = true
      }
    }
    return rebuilt(changed ? JSON.stringify(body) : text)
  } catch {
    return rebuilt(text)
  }
}
