import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  readDateParts,
  splitIsoDate,
  spreadWholeDate,
  unfinishedDateMessage,
  type DateParts,
} from '../../src/domain/date-parts.ts'

const parts = (month: string, day: string, year: string): DateParts => ({ month, day, year })

describe('a date typed as month, day and year boxes', () => {
  it('keeps every digit typed: 03 27 1957 and 3 27 1957 are 27 March 1957', () => {
    expect(readDateParts(parts('03', '27', '1957'))).toEqual({ kind: 'date', value: '1957-03-27' })
    expect(readDateParts(parts('3', '27', '1957'))).toEqual({ kind: 'date', value: '1957-03-27' })
    expect(readDateParts(parts(' 12 ', '4', '2026'))).toEqual({ kind: 'date', value: '2026-12-04' })
    expect(readDateParts(parts('3', ' 27 ', ' 1957 '))).toEqual({
      kind: 'date',
      value: '1957-03-27',
    })
  })

  it('keeps an impossible day as typed, for the field rules to name', () => {
    expect(readDateParts(parts('02', '31', '2025'))).toEqual({ kind: 'date', value: '2025-02-31' })
  })

  it.each([
    [parts('', '', ''), 'empty'],
    [parts('  ', '', ' '), 'empty'],
    [parts('03', '', ''), 'incomplete'],
    [parts('03', '27', ''), 'incomplete'],
    [parts('', '27', '1957'), 'incomplete'],
    [parts('03', '27', '57'), 'incomplete'],
    [parts('Mar', '27', '1957'), 'not-a-date'],
    [parts('03', '2-7', ''), 'not-a-date'],
    [parts('003', '27', '1957'), 'not-a-date'],
    [parts('03', '027', '1957'), 'not-a-date'],
    [parts('03', '27', '19570'), 'not-a-date'],
  ])('%j is %s', (typed, kind) => {
    expect(readDateParts(typed).kind).toBe(kind)
  })

  it('words an unfinished date as the field rules do', () => {
    expect(unfinishedDateMessage('Date of birth', { kind: 'incomplete' })).toBe(
      'Enter a complete date',
    )
    expect(unfinishedDateMessage('Date of birth', { kind: 'not-a-date' })).toBe(
      'Date of birth must be a real date',
    )
    expect(unfinishedDateMessage('Date of birth', { kind: 'empty' })).toBeNull()
    expect(unfinishedDateMessage('Date of birth', { kind: 'date', value: '1957-03-27' })).toBeNull()
  })

  it.each([
    '03271957',
    '03/27/1957',
    '3/27/1957',
    '3-27-1957',
    '03.27.1957',
    '1957-03-27',
    ' 03/27/1957 ',
    ' 1957-03-27 ',
  ])('a whole date typed into one box, %s, fills all three', (typed) => {
    expect(readDateParts(spreadWholeDate(typed)!)).toEqual({ kind: 'date', value: '1957-03-27' })
  })

  it.each(['0327', '0327195', '27/03/57', '1957-3-27x', ''])('%j is not a whole date', (typed) => {
    expect(spreadWholeDate(typed)).toBeNull()
  })

  it('splits a stored date back into its boxes, and anything else into empty boxes', () => {
    expect(splitIsoDate('1957-03-27')).toEqual(parts('03', '27', '1957'))
    expect(splitIsoDate(' 1957-03-27 ')).toEqual(parts('03', '27', '1957'))
    expect(splitIsoDate('')).toEqual(parts('', '', ''))
    expect(splitIsoDate('03/27/1957')).toEqual(parts('', '', ''))
  })

  it('gives back the same date from its boxes, for any date', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('0001-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }),
        (d) => {
          const iso = d.toISOString().slice(0, 10)
          expect(readDateParts(splitIsoDate(iso))).toEqual({ kind: 'date', value: iso })
        },
      ),
    )
  })
})
