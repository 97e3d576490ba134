import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  isServiceCode,
  normalizeServiceCode,
  serviceCodeSystem,
} from '../../src/domain/service-codes.ts'

describe('service codes', () => {
  it('recognizes HCPCS Level II: a letter and four digits', () => {
    expect(serviceCodeSystem('M0076')).toBe('HCPCS')
    expect(serviceCodeSystem(' m0076 ')).toBe('HCPCS')
    expect(serviceCodeSystem('M007')).toBeNull()
    expect(serviceCodeSystem('MM076')).toBeNull()
  })

  it('recognizes CPT: five digits, or four digits and F, T or U', () => {
    expect(serviceCodeSystem('20550')).toBe('CPT')
    expect(serviceCodeSystem('3008F')).toBe('CPT')
    expect(serviceCodeSystem('0232t')).toBe('CPT')
    expect(serviceCodeSystem('0001U')).toBe('CPT')
    expect(serviceCodeSystem('0001X')).toBeNull()
    expect(serviceCodeSystem('205500')).toBeNull()
  })

  it('normalizes by trimming and upper-casing', () => {
    expect(normalizeServiceCode('  m0076\n')).toBe('M0076')
  })

  it('accepts exactly the two formats, in any case and padding', () => {
    const letter = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz')
    const digits = (n: number) =>
      fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n })
    const hcpcs = fc.tuple(letter, digits(4)).map(([l, d]) => l + d)
    const cpt = fc.tuple(digits(4), fc.constantFrom(...'0123456789FTUftu')).map(([d, e]) => d + e)
    fc.assert(fc.property(hcpcs, (c) => serviceCodeSystem(` ${c} `) === 'HCPCS'))
    fc.assert(fc.property(cpt, (c) => serviceCodeSystem(c) === 'CPT'))
    fc.assert(
      fc.property(fc.string(), (s) => {
        const n = normalizeServiceCode(s)
        expect(isServiceCode(s)).toBe(/^[A-Z]\d{4}$|^\d{4}[\dFTU]$/.test(n))
      }),
    )
  })
})
