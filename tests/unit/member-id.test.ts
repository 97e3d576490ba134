import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isValidMemberId, maskMemberId, normalizeMemberId } from '../../src/domain/member-id.ts'
import { caseFieldsToInput, validateCaseFields } from '../../src/domain/case-rules.ts'
import { newCaseFields } from '../../src/features/cases/entry/new-case-fields.ts'

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

  it('counts the id without the spaces around it, at the edges of each width', () => {
    expect(maskMemberId('AB001234')).toBe('••••••1234')
    expect(maskMemberId('AB01234')).toBe('••••••34')
    expect(maskMemberId('A123')).toBe('••••••23')
    expect(maskMemberId(' A12 ')).toBe('••••••')
    expect(maskMemberId('  AB001234  ')).toBe('••••••1234')
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

describe('normalizeMemberId', () => {
  it('drops the spaces and hyphens people copy from a member card', () => {
    expect(normalizeMemberId('AB 1234-5678')).toBe('AB12345678')
    expect(normalizeMemberId(' ab–12 34 ')).toBe('ab1234')
  })

  it('is the rule of both the form and the service: the bare id is stored', () => {
    const fields = {
      ...newCaseFields(),
      memberId: 'AB 1234-5678',
      dateOfBirth: '1952-05-17',
      lineOfBusiness: 'medicare-advantage' as const,
      plan: 'kfhpwa' as const,
      serviceCode: 'M0076',
      diagnosisCodes: ['M54.50'],
      dateOfService: '2026-12-14',
      urgency: 'standard' as const,
      requestChannel: 'electronic' as const,
    }
    const now = new Date('2026-12-01T20:00:00Z')
    expect(validateCaseFields(fields, now).memberId).toBeUndefined()
    expect(caseFieldsToInput(fields).memberId).toBe('AB12345678')
    expect(validateCaseFields({ ...fields, memberId: 'AB-12' }, now).memberId).toBe(
      'Member ID must be 6 to 20 letters and digits',
    )
  })
})

describe('isValidMemberId', () => {
  it('takes 6 to 20 letters and digits, nothing else', () => {
    for (const good of ['AB1234', 'ab00001234', '12345678901234567890'])
      expect(isValidMemberId(good), good).toBe(true)
    for (const bad of [
      'AB123',
      '123456789012345678901',
      'AB-1234',
      ' AB1234',
      'AB1234 ',
      '!!!!!!',
      '',
    ])
      expect(isValidMemberId(bad), bad).toBe(false)
  })
})
