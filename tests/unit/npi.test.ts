import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isValidNpi, npiCheckDigit } from '../../src/domain/npi.ts'

/** Luhn written the textbook way, over the whole 15-digit number: an independent oracle. */
function luhnHolds(number: string): boolean {
  const sum = [...number]
    .reverse()
    .map(Number)
    .reduce((acc, d, i) => acc + (i % 2 === 1 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d), 0)
  return sum % 10 === 0
}

describe('isValidNpi', () => {
  it('accepts the CMS example and rejects a one-digit slip', () => {
    expect(isValidNpi('1234567893')).toBe(true)
    expect(isValidNpi('1234567890')).toBe(false)
    expect(isValidNpi('1234567839')).toBe(false)
    expect(npiCheckDigit('123456789')).toBe(3)
  })

  it('needs exactly ten digits', () => {
    for (const bad of [
      '',
      '123456789',
      '12345678933',
      '123456789X',
      ' 1234567893',
      '１２３４５６７８９３',
    ]) {
      expect(isValidNpi(bad), bad).toBe(false)
    }
  })

  it('passes a 10-digit string iff Luhn with the 80840 prefix holds (property)', () => {
    const tenDigits = fc.string({
      unit: fc.constantFrom(...'0123456789'),
      minLength: 10,
      maxLength: 10,
    })
    fc.assert(
      fc.property(tenDigits, (s) => {
        expect(isValidNpi(s)).toBe(luhnHolds(`80840${s}`))
      }),
    )
  })

  it('the computed check digit always makes a valid NPI (property)', () => {
    const nine = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 9, maxLength: 9 })
    fc.assert(
      fc.property(nine, (s) => {
        expect(isValidNpi(s + npiCheckDigit(s))).toBe(true)
      }),
    )
  })
})
