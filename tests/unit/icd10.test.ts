import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ICD10_CM, isIcd10, normalizeIcd10 } from '../../src/domain/icd10.ts'

describe('normalizeIcd10', () => {
  it('upper-cases and puts the dot after the third character', () => {
    expect(normalizeIcd10('m5450')).toBe('M54.50')
    expect(normalizeIcd10('m54.5')).toBe('M54.5')
    expect(normalizeIcd10('M54')).toBe('M54')
    expect(normalizeIcd10(' s33.5xxa ')).toBe('S33.5XXA')
    expect(normalizeIcd10('S335XXA')).toBe('S33.5XXA')
    expect(isIcd10('m54.50')).toBe(true)
  })

  it('rejects what is not ICD-10-CM', () => {
    for (const bad of [
      '',
      'M5',
      '5M4',
      'MM4',
      'M54.',
      'M5.45',
      'M54.12345',
      'M5412345',
      'M54-50',
    ]) {
      expect(normalizeIcd10(bad), bad).toBeNull()
      expect(isIcd10(bad)).toBe(false)
    }
  })

  const alnum = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')
  const codeLike = fc
    .tuple(
      fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'),
      fc.constantFrom(...'0123456789'),
      alnum,
      fc.string({ unit: alnum, maxLength: 4 }),
      fc.boolean(),
    )
    .map(([a, b, c, rest, dot]) => `${a}${b}${c}${dot && rest ? '.' : ''}${rest}`)

  it('always yields the format, and is idempotent (property)', () => {
    fc.assert(
      fc.property(fc.oneof(codeLike, fc.string()), (raw) => {
        const once = normalizeIcd10(raw)
        if (once === null) return
        expect(once).toMatch(ICD10_CM)
        expect(normalizeIcd10(once)).toBe(once)
      }),
    )
  })

  it('accepts every code-like input with or without the dot (property)', () => {
    fc.assert(
      fc.property(codeLike, (raw) => {
        const normalized = normalizeIcd10(raw)
        expect(normalized).not.toBeNull()
        expect(normalized?.replace('.', '')).toBe(raw.replace('.', '').toUpperCase())
      }),
    )
  })
})
