import { describe, expect, it } from 'vitest'
import type { CaseFields } from '../../src/api/schemas/case-fields.ts'
import { validateCaseFields } from '../../src/domain/case-rules.ts'
import { validateCaseInput } from '../../service/cases/case-input.ts'
import { caseFields } from '../support/factories.ts'

// docs/product-rules.md, Case entry: date of service "not before the date of birth, from 1 year
// before to 2 years after the request was received"; request received "not in the
// future, not before 2000-01-01"; date of birth "not in the future, not more than 120
// years ago". 2026-11-27 10:00 in Los Angeles (the plan's zone).
const now = new Date('2026-11-27T18:00:00Z')
const valid: CaseFields = caseFields({ lineOfBusiness: 'medicare-advantage', groupFunding: '' })
const errorsFor = (changes: Partial<CaseFields>) =>
  validateCaseFields({ ...valid, backdateReason: 'Faxed late', ...changes }, now)
const DOS_RANGE =
  'Date of service must be from 1 year before to 2 years after the request was received'

describe('case entry date ranges', () => {
  it.each([
    ['9999-12-31', DOS_RANGE],
    ['2028-11-28', DOS_RANGE],
    ['2025-11-26', DOS_RANGE],
    ['2028-11-27', undefined],
    ['2025-11-27', undefined],
  ])('date of service %s', (dateOfService, message) => {
    expect(errorsFor({ dateOfService }).dateOfService).toBe(message)
  })

  it('measures the date of service from the request received date, not from today', () => {
    const errors = errorsFor({ requestReceivedAt: '2024-06-01T09:00', dateOfService: '2023-06-01' })
    expect(errors.dateOfService).toBeUndefined()
    expect(errorsFor({ requestReceivedAt: '2024-06-01T09:00' }).dateOfService).toBe(DOS_RANGE)
  })

  it.each([
    ['0001-01-01T09:00', 'Request received cannot be before 1 January 2000'],
    ['1999-12-31T23:59', 'Request received cannot be before 1 January 2000'],
    ['2000-01-01T00:00', undefined],
  ])('request received %s', (requestReceivedAt, message) => {
    expect(errorsFor({ requestReceivedAt, dateOfService: '' }).requestReceivedAt).toBe(message)
  })

  it('judges the date of service only against a received date that is itself in range', () => {
    const errors = errorsFor({ requestReceivedAt: '2999-01-05T09:00' })
    expect(errors).toEqual({ requestReceivedAt: 'Request received cannot be in the future' })
    expect(errorsFor({ requestReceivedAt: '1999-01-05T09:00' }).dateOfService).toBeUndefined()
  })

  it.each([
    ['2026-11-28', 'Date of birth must be in the past'],
    ['1906-11-26', 'Date of birth must be within the last 120 years'],
    ['1906-11-27', undefined],
  ])('date of birth %s', (dateOfBirth, message) => {
    expect(errorsFor({ dateOfBirth }).dateOfBirth).toBe(message)
  })

  it('applies the same ranges on the service side', () => {
    const body = {
      ...valid,
      backdateReason: 'Faxed late',
      requestReceivedAt: '0001-01-01T17:00:00Z',
      dateOfService: '9999-12-31',
    }
    const checked = validateCaseInput(body, now)
    expect(checked.ok).toBe(false)
    if (checked.ok) return
    expect(checked.errors.requestReceivedAt).toEqual([
      'Request received cannot be before 1 January 2000',
    ])
    const late = validateCaseInput({ ...body, requestReceivedAt: '2026-11-27T17:00:00Z' }, now)
    expect(!late.ok && late.errors.dateOfService).toEqual([DOS_RANGE])
  })
})
