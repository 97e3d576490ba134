import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { hasVisibleText } from '../../src/domain/visible-text.ts'
import type { CaseFields } from '../../src/api/schemas/case-fields.ts'
import { validateCaseFields } from '../../src/domain/case-rules.ts'

describe('hasVisibleText', () => {
  it('is false for spaces, zero-width, NUL, BOM, word joiner, Hangul filler, braille blank', () => {
    for (const blank of [
      '',
      ' ',
      '\u200B',
      '\u200C\u200D',
      '\u0000',
      '\uFEFF',
      '\u2060',
      '\u3164',
      '\u2800',
      '\u00A0\u202F',
      '\u200E\u200F',
    ])
      expect(hasVisibleText(blank), JSON.stringify(blank)).toBe(false)
    expect(hasVisibleText(null)).toBe(false)
  })
  it('is true as soon as one character prints', () => {
    for (const text of ['a', ' \u200B.', '好', '🙂', 'ب']) expect(hasVisibleText(text)).toBe(true)
  })
  it('never counts a string of only format and space characters (property)', () => {
    const blank = fc.constantFrom(' ', '\u200B', '\u200D', '\u0000', '\uFEFF', '\u2060', '\t')
    fc.assert(fc.property(fc.array(blank), (parts) => !hasVisibleText(parts.join(''))))
  })
})

describe('a late entry needs a visible reason (case rules)', () => {
  it('refuses a reason of invisible characters only', () => {
    const now = new Date('2026-11-27T20:00:00Z')
    const fields: CaseFields = {
      memberId: 'AB12345678',
      dateOfBirth: '1970-05-01',
      lineOfBusiness: 'individual-family',
      groupFunding: '',
      plan: 'kfhpwa',
      serviceCode: 'M0076',
      diagnosisCodes: ['M54.50'],
      dateOfService: '2026-12-10',
      urgency: 'standard',
      requestReceivedAt: '2026-11-27T06:00',
      backdateReason: '\u200B\u200B',
      requestChannel: 'electronic',
      requestingProviderNpi: '',
      clinicalNotes: '',
    }
    expect(validateCaseFields(fields, now).backdateReason).toMatch(/^Enter why/)
    expect(
      validateCaseFields({ ...fields, backdateReason: 'Fax found late.' }, now).backdateReason,
    ).toBeUndefined()
  })
})
