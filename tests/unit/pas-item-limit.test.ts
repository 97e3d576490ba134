import { expect, it } from 'vitest'
import { checkSubmission, MAX_ITEMS } from '../../service/fhir/submission.ts'
import { claimOf, pasFixture } from '../fhir/pas-fixtures.ts'

// Each item becomes a case written in one transaction: a request carries at most 100.
const withItems = (n: number) => {
  const bundle = pasFixture('m0076-self-funded-expedited')
  const claim = claimOf(bundle)
  const [first] = claim.item
  claim.item = Array.from({ length: n }, (_, i) => ({ ...first, sequence: i + 1 }))
  return bundle
}
const now = new Date('2026-12-07T18:00:00Z')

it('takes a request of 100 items, and refuses one of 101 at the Claim’s items, saying how many', () => {
  expect(MAX_ITEMS).toBe(100)
  const atLimit = checkSubmission(withItems(100), now)
  expect(atLimit.ok && atLimit.reviews.length).toBe(100)
  const over = checkSubmission(withItems(101), now)
  expect(over).toEqual({
    ok: false,
    issues: [
      {
        severity: 'error',
        expression: 'Bundle.entry[0].resource.item',
        message:
          'A request may carry at most 100 items (this one has 101): send the others as further requests',
      },
    ],
  })
})
