import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { signInAs } from '../support/sign-in.ts'
import type { Answer } from '../api/helpers.ts'
import { fhirPost } from './pas-api-helpers.ts'
import { claimOf, pasFixture, resourceOf } from './pas-fixtures.ts'

const numRuns = 60

/** Never a 5xx; a refusal is an OperationOutcome whose every issue names an element. */
function expectFhirContract(a: Answer, op: string) {
  expect(a.status).toBeLessThan(500)
  expect(a.headers.get('Content-Type')).toContain('application/fhir+json')
  if (a.status < 300) {
    // $inquire answers Parameters (its OperationDefinition); $submit a Bundle.
    expect(a.body.resourceType).toBe(op === '$inquire' ? 'Parameters' : 'Bundle')
    return
  }
  expect(a.body.resourceType).toBe('OperationOutcome')
  for (const issue of a.body.issue) expect(issue.expression[0]).toMatch(/^Bundle/)
}

/** A valid request with one part replaced by any JSON value. */
const mangled = fc
  .tuple(
    fc.constantFrom('item', 'diagnosis', 'priority', 'provider', 'patient', 'use', 'insurance'),
    fc.constantFrom('claim', 'patient', 'coverage', 'bundle'),
    fc.jsonValue(),
  )
  .map(([key, where, value]) => {
    const bundle = pasFixture('m0076-medicare-advantage')
    const target =
      where === 'claim'
        ? claimOf(bundle)
        : where === 'patient'
          ? resourceOf(bundle, 'Patient')
          : where === 'coverage'
            ? resourceOf(bundle, 'Coverage')
            : bundle
    target[where === 'bundle' ? 'entry' : key] = value
    bundle.identifier.value = `fuzz-${Math.random()}`
    return JSON.stringify(bundle)
  })
const anyBody = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.string(),
  mangled,
)

describe('the PAS operations under arbitrary input', () => {
  it.each(['$submit', '$inquire'])('%s answers FHIR, never a 5xx', async (op) => {
    const token = await signInAs('u-rev-1')
    await fc.assert(
      fc.asyncProperty(anyBody, async (b) => {
        expectFhirContract(await fhirPost(op, token, b), op)
      }),
      { numRuns },
    )
  })

  it('$parse answers what it read, never a 5xx', async () => {
    const token = await signInAs('u-rev-1')
    await fc.assert(
      fc.asyncProperty(anyBody, async (b) => {
        const a = await fhirPost('$parse', token, JSON.stringify({ bundle: b }))
        expect(a.status).toBe(200)
        expect(Array.isArray(a.body.issues)).toBe(true)
      }),
      { numRuns },
    )
  })
})
