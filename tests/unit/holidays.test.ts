import { describe, expect, it } from 'vitest'
import { holidayOn, holidaysOf } from '../../service/engine/holidays.ts'
import { datedHolidays2024to2028 } from '../fixtures/wa-holidays-2024-2028.ts'
import { addCalendarDays } from '../../src/domain/time-zone.ts'

// RCW 1.16.050 restated as rules, independently of the data file.
const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay()
const ymd = (y: number, m: number, d: number) =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
function nthWeekday(y: number, m: number, day: number, n: number): string {
  let first = ymd(y, m, 1)
  while (weekday(first) !== day) first = addCalendarDays(first, 1)
  return addCalendarDays(first, 7 * (n - 1))
}
function lastWeekday(y: number, m: number, day: number): string {
  let last = addCalendarDays(ymd(y, m + 1, 1), -1)
  while (weekday(last) !== day) last = addCalendarDays(last, -1)
  return last
}
/** "…falls upon a Sunday, the following Monday…; …upon a Saturday, the preceding Friday." */
const observe = (date: string) =>
  weekday(date) === 6
    ? addCalendarDays(date, -1)
    : weekday(date) === 0
      ? addCalendarDays(date, 1)
      : date
const [MON, THU] = [1, 4]

function statute(y: number) {
  const thanksgiving = nthWeekday(y, 11, THU, 4)
  return [
    ["New Year's Day", ymd(y, 1, 1)],
    ['Martin Luther King Jr. Day', nthWeekday(y, 1, MON, 3)],
    ["Presidents' Day", nthWeekday(y, 2, MON, 3)],
    ['Memorial Day', lastWeekday(y, 5, MON)],
    ['Juneteenth', ymd(y, 6, 19)],
    ['Independence Day', ymd(y, 7, 4)],
    ['Labor Day', nthWeekday(y, 9, MON, 1)],
    ["Veterans' Day", ymd(y, 11, 11)],
    ['Thanksgiving Day', thanksgiving],
    ['Native American Heritage Day', addCalendarDays(thanksgiving, 1)],
    ['Christmas Day', ymd(y, 12, 25)],
  ].map(([name = '', date = '']) => ({ name, date, observed: observe(date) }))
}

describe('Washington legal holidays (RCW 1.16.050)', () => {
  for (const year of [2024, 2025, 2026, 2027, 2028]) {
    it(`computes the hand-checked dates for ${year}`, () => {
      expect(holidaysOf(year)).toEqual(datedHolidays2024to2028[year])
    })
  }

  it('matches the statute restated here for any year, 1990 to 2100', () => {
    for (let y = 1990; y <= 2100; y++) expect(holidaysOf(y), String(y)).toEqual(statute(y))
  })

  it('never observes a holiday on a weekend', () => {
    for (let y = 2024; y <= 2060; y++)
      for (const day of holidaysOf(y))
        expect([1, 2, 3, 4, 5], `${day.name} ${day.observed}`).toContain(weekday(day.observed))
  })

  it('looks holidays up by observed date', () => {
    expect(holidayOn('2026-11-26')?.name).toBe('Thanksgiving Day')
    expect(holidayOn('2026-11-27')?.name).toBe('Native American Heritage Day')
    expect(holidayOn('2026-07-03')?.name).toBe('Independence Day')
    expect(holidayOn('2026-07-04')).toBeUndefined()
    expect(holidayOn('2027-12-31')?.name).toBe("New Year's Day")
    expect(holidayOn('2026-11-25')).toBeUndefined()
  })

  it('answers for 2029 and later instead of refusing', () => {
    expect(holidayOn('2029-01-01')?.name).toBe("New Year's Day")
    expect(holidayOn('2038-12-31')?.name).toBe("New Year's Day") // 2039-01-01 is a Saturday
  })
})
