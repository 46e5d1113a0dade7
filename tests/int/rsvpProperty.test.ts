/** Generated bad inputs: never a 5xx, never anything stored. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import config from '@payload-config'
import fc from 'fast-check'
import { getPayload, type Payload } from 'payload'

import { EMAIL } from '../../src/fields/validators'
import { checkSubmission, type FormBlock } from '../../src/rsvp/rules/submission'
import { RSVP_ROLES, rsvpFormFields } from '../../src/rsvp/rules/formDefinition'
import { answers, createRsvpEvent, type RsvpFixture } from './rsvpFixtures'

let payload: Payload
let fixture: RsvpFixture

beforeAll(async () => {
  payload = await getPayload({ config })
  fixture = await createRsvpEvent(payload)
})

afterAll(async () => {
  await payload.destroy()
})

const valid = () => Object.fromEntries(answers().map(({ field, value }) => [field, value])) as Record<string, unknown>

/** One thing wrong with an otherwise valid registration, so every generated input must be refused. */
const mutation: fc.Arbitrary<(v: Record<string, unknown>) => unknown> = fc.oneof(
  fc
    .constantFrom('firstName', 'lastName', 'email', 'role', 'attendees', 'consent')
    .map((name) => (v: Record<string, unknown>) => ({ ...v, [name]: undefined })),
  fc
    .string({ maxLength: 30 })
    .filter((s) => !EMAIL.test(s.trim()) && s.trim() !== '')
    .map((email) => (v: Record<string, unknown>) => ({ ...v, email })),
  fc
    .oneof(fc.integer({ min: -1000, max: 0 }), fc.integer({ min: 11, max: 100000 }))
    .map((n) => (v: Record<string, unknown>) => ({ ...v, attendees: String(n) })),
  fc
    .oneof(
      fc.double({ noInteger: true, noNaN: true }).map(String),
      fc.string({ minLength: 1, maxLength: 5 }).filter((s) => !/^\s*\d{1,3}\s*$/.test(s) && s.trim() !== ''),
    )
    .map((attendees) => (v: Record<string, unknown>) => ({ ...v, attendees })),
  fc
    .string({ minLength: 1, maxLength: 20 })
    .filter((s) => !RSVP_ROLES.some(({ value }) => value === s.trim()) && s.trim() !== '')
    .map((role) => (v: Record<string, unknown>) => ({ ...v, role })),
  fc.constantFrom('false', 'off', '0', 'non').map((consent) => (v: Record<string, unknown>) => ({ ...v, consent })),
  fc
    .string({ minLength: 1, maxLength: 30 })
    .filter((s) => !rsvpFormFields.some((f) => f.name === s))
    .map((name) => (v: Record<string, unknown>) => ({ ...v, [name]: 'x' })),
  fc.integer({ min: 81, max: 3000 }).map((n) => (v: Record<string, unknown>) => ({ ...v, lastName: 'é'.repeat(n) })),
  fc
    .oneof(fc.object(), fc.array(fc.anything()), fc.constant(null))
    .map((bad) => (v: Record<string, unknown>) => ({ ...v, firstName: bad })),
  // Not even a list of answers.
  fc
    .oneof(fc.string(), fc.integer(), fc.constant(null), fc.dictionary(fc.string(), fc.string()))
    .map((raw) => () => ({ __raw: raw })),
)

const toSubmissionData = (shape: unknown): unknown => {
  if (shape && typeof shape === 'object' && '__raw' in shape) return (shape as { __raw: unknown }).__raw
  return Object.entries(shape as Record<string, unknown>)
    .filter(([, value]) => value !== undefined)
    .map(([field, value]) => ({ field, value }))
}

const stored = async () => (await payload.count({ collection: 'form-submissions', overrideAccess: true })).totalDocs

describe('bad input, generated', () => {
  it('the rules refuse 20,000 generated mutations of a valid registration', () => {
    fc.assert(
      fc.property(mutation, (mutate) => {
        const result = checkSubmission(rsvpFormFields as unknown as FormBlock[], toSubmissionData(mutate(valid())))
        return (
          result.ok === false &&
          result.errors.length > 0 &&
          result.errors.every((e) => typeof e.message === 'string' && e.message.length > 0)
        )
      }),
      { numRuns: 20_000 },
    )
  })

  it('1,000 generated bad submissions through the Local API with access on: all 4xx, nothing stored', async () => {
    const before = await stored()
    const statuses = new Map<number, number>()
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          {
            weight: 9,
            arbitrary: mutation.map(
              (m) => ({ form: fixture.formId, submissionData: toSubmissionData(m(valid())) }) as unknown,
            ),
          },
          {
            weight: 1,
            arbitrary: fc.oneof(
              fc.constant(null),
              fc.integer(),
              fc.string(),
              fc.array(fc.anything()),
              fc.record({ form: fc.anything(), submissionData: fc.anything() }),
            ),
          },
        ),
        async (data) => {
          try {
            await payload.create({
              collection: 'form-submissions',
              data: data as never,
              overrideAccess: false,
              depth: 0,
            })
          } catch (error) {
            const status = (error as { status?: number }).status ?? 500
            statuses.set(status, (statuses.get(status) ?? 0) + 1)
            return status >= 400 && status < 500
          }
          return false
        },
      ),
      { numRuns: 1_000 },
    )
    expect(await stored()).toBe(before)
    expect([...statuses.keys()].every((s) => s >= 400 && s < 500)).toBe(true)
  })
})
