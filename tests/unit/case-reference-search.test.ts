import { describe, expect, it } from 'vitest'
import { normalizeCaseReference } from '../../src/domain/case-reference.ts'

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
  it.each(['AB12345678', '2026000042', 'UM2026000042', '', 'UM-2026-1234567', 'UM-26-000042'])(
    'refuses %j',
    (typed) => {
      expect(normalizeCaseReference(typed)).toBeNull()
    },
  )
})
