import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  PLAN_TIME_ZONE,
  addCalendarDays,
  formatInZone,
  formatInZoneBrief,
  formatTimeLeft,
  isRealIsoDate,
  toWallTime,
  wallTimeToInstant,
  zonedDate,
  zonedParts,
} from '../../src/domain/time-zone.ts'

const LA = PLAN_TIME_ZONE
const iso = (wall: string, zone = LA) => wallTimeToInstant(wall, zone)?.toISOString()

describe('wallTimeToInstant', () => {
  it('converts plan wall time in standard and daylight time', () => {
    expect(iso('2026-01-15T09:30')).toBe('2026-01-15T17:30:00.000Z')
    expect(iso('2026-07-15T09:30')).toBe('2026-07-15T16:30:00.000Z')
    expect(iso('2026-12-01T23:59:59')).toBe('2026-12-02T07:59:59.000Z')
    expect(iso('2026-07-15T09:30', 'UTC')).toBe('2026-07-15T09:30:00.000Z')
  })

  it('moves a time in the spring-forward gap forward by the gap', () => {
    // 02:00–02:59 on 2026-03-08 does not exist in Los Angeles.
    expect(iso('2026-03-08T02:30')).toBe('2026-03-08T10:30:00.000Z')
    expect(toWallTime(new Date('2026-03-08T10:30:00Z'), LA)).toBe('2026-03-08T03:30')
  })

  it('takes the earlier instant in the fall-back overlap', () => {
    // 01:00–01:59 on 2026-11-01 happens twice: first in PDT (UTC−7).
    expect(iso('2026-11-01T01:30')).toBe('2026-11-01T08:30:00.000Z')
    expect(iso('2026-11-01T02:30')).toBe('2026-11-01T10:30:00.000Z')
  })

  it('rejects what is not a real date and time', () => {
    for (const bad of [
      '',
      '2026-02-30T10:00',
      '2026-01-01T24:00',
      '2026-01-01T10:60',
      '2026-01-01T10:00:60',
      '2026-01-01',
      '2026-1-1T10:00',
    ]) {
      expect(wallTimeToInstant(bad, LA), bad).toBeNull()
    }
  })

  it('round-trips every instant to its minute (property)', () => {
    const instants = fc.date({
      min: new Date('1950-01-01'),
      max: new Date('2080-01-01'),
      noInvalidDate: true,
    })
    fc.assert(
      fc.property(
        instants,
        fc.constantFrom(LA, 'UTC', 'Asia/Kolkata', 'Australia/Lord_Howe'),
        (d, zone) => {
          const minute = new Date(Math.floor(d.getTime() / 60_000) * 60_000)
          const back = wallTimeToInstant(toWallTime(minute, zone), zone)
          // Only the repeated hour of an overlap may come back as the other (earlier) instant.
          expect(back).not.toBeNull()
          expect(toWallTime(back ?? new Date(NaN), zone)).toBe(toWallTime(minute, zone))
          expect(back!.getTime()).toBeLessThanOrEqual(minute.getTime())
        },
      ),
    )
  })
})

describe('zoned parts and dates', () => {
  it('reads the plan-local calendar date and weekday', () => {
    const lateEvening = new Date('2026-01-01T07:30:00Z') // 2025-12-31 23:30 PST
    expect(zonedDate(lateEvening, LA)).toBe('2025-12-31')
    expect(zonedParts(lateEvening, LA)).toEqual({
      ...{ year: 2025, month: 12, day: 31, hour: 23, minute: 30, second: 0, weekday: 3 },
    })
  })

  it('knows real dates', () => {
    expect(isRealIsoDate('2024-02-29')).toBe(true)
    expect(isRealIsoDate('2025-02-29')).toBe(false)
    expect(isRealIsoDate('2025-02-30')).toBe(false)
    expect(isRealIsoDate('2025-13-01')).toBe(false)
    expect(isRealIsoDate('2025-00-10')).toBe(false)
    expect(isRealIsoDate('25-01-01')).toBe(false)
    expect(isRealIsoDate('0099-01-01')).toBe(true)
  })

  it('adds calendar days across months, years and DST changes', () => {
    expect(addCalendarDays('2026-03-07', 1)).toBe('2026-03-08')
    expect(addCalendarDays('2026-03-08', 1)).toBe('2026-03-09')
    expect(addCalendarDays('2026-12-30', 3)).toBe('2027-01-02')
    expect(addCalendarDays('2024-03-01', -1)).toBe('2024-02-29')
    expect(() => addCalendarDays('2026-02-30', 1)).toThrow(new RangeError('Not a date: 2026-02-30'))
  })
})

describe('formatting', () => {
  it('formats with weekday, day, month, year, 12-hour time and zone', () => {
    expect(formatInZone(new Date('2026-12-02T07:59:00Z'), LA)).toBe('Tue 1 Dec 2026, 11:59 PM PST')
    expect(formatInZone(new Date('2026-07-03T16:05:00Z'), LA)).toBe('Fri 3 Jul 2026, 9:05 AM PDT')
  })

  it('says how long is left, or how long overdue', () => {
    const now = new Date('2026-03-01T12:00:00Z')
    const at = (ms: number) => new Date(now.getTime() + ms)
    const H = 3_600_000
    expect(formatTimeLeft(at(2 * 24 * H + 3 * H + 59_000), now)).toBe('2 days 3 hours left')
    expect(formatTimeLeft(at(24 * H), now)).toBe('1 day left')
    expect(formatTimeLeft(at(H + 60_000), now)).toBe('1 hour 1 minute left')
    expect(formatTimeLeft(at(45 * 60_000), now)).toBe('45 minutes left')
    expect(formatTimeLeft(at(30_000), now)).toBe('Less than a minute left')
    // Due this very millisecond: not overdue yet.
    expect(formatTimeLeft(at(0), now)).toBe('Less than a minute left')
    expect(formatTimeLeft(at(-30_000), now)).toBe('Overdue by less than a minute')
    expect(formatTimeLeft(at(-5 * H), now)).toBe('Overdue by 5 hours')
    expect(formatTimeLeft(at(-(3 * 24 * H + 2 * H)), now)).toBe('Overdue by 3 days 2 hours')
  })

  it("says a list's due time briefly: no weekday, and the year only when it is not this one", () => {
    const now = new Date('2026-12-06T20:00:00Z')
    expect(formatInZoneBrief(new Date('2026-12-02T07:59:00Z'), LA, now)).toBe('1 Dec, 11:59 PM PST')
    // The plan's year, not UTC's: 1 Jan 2027 00:30 UTC is still 2026 in Los Angeles.
    expect(formatInZoneBrief(new Date('2027-01-01T00:30:00Z'), LA, now)).toBe('31 Dec, 4:30 PM PST')
    expect(formatInZoneBrief(new Date('2025-07-03T16:05:00Z'), LA, now)).toBe(
      '3 Jul 2025, 9:05 AM PDT',
    )
  })
})
