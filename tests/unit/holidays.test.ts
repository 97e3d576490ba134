import { describe, expect, it } from 'vitest'
import { holidayOn, washingtonHolidays } from '../../mocks/engine/holidays.ts'
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
  it('holds every year from 2024 to 2028', () => {
    expect(Object.keys(washingtonHolidays).map(Number)).toEqual([2024, 2025, 2026, 2027, 2028])
  })

  for (const year of [2024, 2025, 2026, 2027, 2028]) {
    it(`matches the statute's rules for ${year}`, () => {
      expect(washingtonHolidays[year]).toEqual(statute(year))
    })
  }

  it('never observes a holiday on a weekend', () => {
    for (const day of Object.values(washingtonHolidays).flat()) {
      expect([1, 2, 3, 4, 5], `${day.name} ${day.observed}`).toContain(weekday(day.observed))
    }
  })

  it('looks holidays up by observed date', () => {
    expect(holidayOn('2026-11-26')?.name).toBe('Thanksgiving Day')
    expect(holidayOn('2026-11-27')?.name).toBe('Native American Heritage Day')
    expect(holidayOn('2026-07-03')?.name).toBe('Independence Day')
    expect(holidayOn('2026-07-04')).toBeUndefined()
    expect(holidayOn('2027-12-31')?.name).toBe("New Year's Day")
    expect(holidayOn('2026-11-25')).toBeUndefined()
  })

  it('refuses a year it has no data for, rather than guessing', () => {
    expect(() => holidayOn('2029-01-01')).toThrow(/2029/)
  })
})
