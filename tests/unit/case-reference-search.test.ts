import { describe, expect, it } from 'vitest'
import { isCaseReference, normalizeCaseReference } from '../../src/domain/case-reference.ts'

describe('normalizeCaseReference', () => {
  it.each([
    ['UM-2026-000042', 'UM-2026-000042'],
    [' um-2026-42 ', 'UM-2026-000042'],
    ['2026-000042', 'UM-2026-000042'],
    ['2026-7', 'UM-2026-000007'],
  ])('reads %j as %s', (typed, reference) => {
    expect(normalizeCaseReference(typed)).toBe(reference)
  })

  // Without the dash between year and number, the text could be a member id.
  it.each([
    'AB12345678',
    '2026000042',
    'UM2026000042',
    '',
    'UM-2026-1234567',
    'UM-26-000042',
    'X2026-000042',
  ])('refuses %j', (typed) => {
    expect(normalizeCaseReference(typed)).toBeNull()
  })
})

describe('isCaseReference', () => {
  it('takes a reference only in its exact form, UM-YYYY-NNNNNN', () => {
    expect(isCaseReference('UM-2026-000042')).toBe(true)
    for (const bad of [
      'um-2026-000042',
      'UM-2026-42',
      'UM-2026-0000042',
      'UM-20261-000042',
      'UM-ABCD-000042',
      'UM-2026-ABCDEF',
      'XUM-2026-000042',
      'UM-2026-000042X',
      '2026-000042',
    ])
      expect(isCaseReference(bad), bad).toBe(false)
  })
})
