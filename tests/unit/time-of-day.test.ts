import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  formatTimeOfDay,
  INCOMPLETE_DATE_TIME,
  NEEDS_PERIOD,
  readDateTimeParts,
  readTimeOfDay,
  splitWallTime,
} from '../../src/domain/date-parts.ts'

describe('a time of day typed into one box', () => {
  it.each([
    ['2:30 PM', '14:30'],
    ['2:30pm', '14:30'],
    ['2:30 p.m.', '14:30'],
    ['2:30p', '14:30'],
    ['230 PM', '14:30'],
    ['2 pm', '14:00'],
    ['12:05 AM', '00:05'],
    ['12:05 PM', '12:05'],
    ['9:00 am', '09:00'],
    ['14:30', '14:30'],
    ['1430', '14:30'],
    ['0:15', '00:15'],
    ['00:15', '00:15'],
    ['23:59', '23:59'],
    [' 9.05 AM ', '09:05'],
  ])('%j is %s', (typed, value) => {
    expect(readTimeOfDay(typed)).toEqual({ kind: 'time', value })
  })

  it.each(['2:30', '9:00', '09:00', '12:00', '1230', '7', '1:15'])(
    '%j could be morning or afternoon: AM or PM is asked for, not guessed',
    (typed) => {
      expect(readTimeOfDay(typed)).toEqual({ kind: 'needs-period' })
    },
  )

  it.each(['24:00', '13:30 PM', '0:30 AM', '2:60 PM', '2:3 PM', 'noon', '2:30 xm', '2::30'])(
    '%j is not a time',
    (typed) => {
      expect(readTimeOfDay(typed)).toEqual({ kind: 'not-a-time' })
    },
  )

  it('shows a stored time as the app shows times, and reads it back the same', () => {
    expect(formatTimeOfDay('00:05')).toBe('12:05 AM')
    expect(formatTimeOfDay('12:00')).toBe('12:00 PM')
    expect(formatTimeOfDay('14:30')).toBe('2:30 PM')
    // Only a whole HH:mm is a stored time.
    for (const odd of ['noon', 'x14:30', '14:30x', '4:30', ''])
      expect(formatTimeOfDay(odd), odd).toBe('')
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), (h, m) => {
        const hhmm = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`
        expect(readTimeOfDay(formatTimeOfDay(hhmm))).toEqual({ kind: 'time', value: hhmm })
      }),
    )
  })
})

describe('"Request received" as date boxes and a time box', () => {
  const label = 'Request received'
  it('splits a stored wall time into its boxes and reads the same wall time back', () => {
    const parts = splitWallTime('2026-01-05T14:30')
    expect(parts).toEqual({ month: '01', day: '05', year: '2026', time: '2:30 PM' })
    expect(readDateTimeParts(label, parts)).toEqual({ value: '2026-01-05T14:30', unfinished: null })
  })

  it('reads a stored wall time with spaces around it, and gives empty boxes for anything else', () => {
    expect(splitWallTime(' 2026-01-05T14:30 ')).toEqual({
      month: '01',
      day: '05',
      year: '2026',
      time: '2:30 PM',
    })
    for (const odd of ['', '2026-01-05', 'yesterday'])
      expect(splitWallTime(odd), odd).toEqual({ month: '', day: '', year: '', time: '' })
  })

  it('names what is missing until the boxes make a date and time', () => {
    const whole = { month: '01', day: '05', year: '2026', time: '9:00 AM' }
    expect(readDateTimeParts(label, { ...whole, time: '' })).toEqual({
      value: '',
      unfinished: INCOMPLETE_DATE_TIME,
    })
    expect(readDateTimeParts(label, { ...whole, day: '' }).unfinished).toBe(INCOMPLETE_DATE_TIME)
    expect(readDateTimeParts(label, { ...whole, time: '9:00' })).toEqual({
      value: '',
      unfinished: NEEDS_PERIOD,
    })
    expect(readDateTimeParts(label, { ...whole, time: 'noon' })).toEqual({
      value: '',
      unfinished: 'Request received must be a real date and time',
    })
    // A time without a date is unfinished, not empty; letters in a date box are named (a
    // month of 13 is the field rule's to judge, as for every date).
    expect(readDateTimeParts(label, { month: '', day: '', year: '', time: '9:00 AM' })).toEqual({
      value: '',
      unfinished: INCOMPLETE_DATE_TIME,
    })
    expect(readDateTimeParts(label, { ...whole, month: 'Jan' })).toEqual({
      value: '',
      unfinished: 'Request received must be a real date and time',
    })
    expect(readDateTimeParts(label, { month: '', day: '', year: '', time: '' })).toEqual({
      value: '',
      unfinished: null,
    })
  })
})
