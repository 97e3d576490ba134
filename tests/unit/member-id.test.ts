import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { maskMemberId } from '../../src/domain/member-id.ts'

describe('maskMemberId', () => {
  it('shows only the last 4 characters', () => {
    expect(maskMemberId('AB00001234')).toBe('••••••1234')
    expect(maskMemberId('12345678901234567890')).toBe('••••••7890')
  })

  it('keeps only the last 2 of a short id, and nothing of one shorter than 4', () => {
    expect(maskMemberId('ABC123')).toBe('••••••23')
    expect(maskMemberId('A12')).toBe('••••••')
    expect(maskMemberId('')).toBe('••••••')
  })

  it('never shows more than 4 characters of the id, nor its length (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9]{0,20}$/), (id) => {
        const masked = maskMemberId(id)
        expect(masked.startsWith('••••••')).toBe(true)
        const shown = masked.slice(6)
        expect(shown.length).toBeLessThanOrEqual(Math.min(4, Math.floor(id.length / 2)))
        expect(id.endsWith(shown)).toBe(true)
      }),
    )
  })
})
