import { addCalendarDays } from '../../src/domain/time-zone.ts'

/**
 * Washington's dated legal holidays, computed for any year from the rules of
 * RCW 1.16.050(1) (https://app.leg.wa.gov/RCW/default.aspx?cite=1.16.050), so a request
 * received in any year gets a due time. The statute's "Sunday" entry is left out: the
 * turnaround rules that skip holidays count calendar days. Observed dates follow the
 * statute: a holiday on a Saturday is kept the Friday before, one on a Sunday the Monday
 * after (also restated in the Washington courts' desk manual). Juneteenth (June 19): a
 * copy of the current statute lists it; the copy of the official page we could read
 * lists (a) to (k) without it. It stays, as in the hand-checked dates: see docs/regulatory-rules.md.
 * tests/unit/holidays.test.ts checks 2024 to 2028 against dates kept by hand.
 */
export interface Holiday {
  name: string
  /** The statutory date. */
  date: string
  /** The day kept as the legal holiday (may fall in the previous year, e.g. 2027-12-31). */
  observed: string
}

const [SUN, MON, THU, SAT] = [0, 1, 4, 6]
const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay()
const ymd = (y: number, m: number, d: number) =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`

/** The nth given weekday of a month (n = 1 for the first). */
function nth(y: number, m: number, day: number, n: number): string {
  const first = ymd(y, m, 1)
  return addCalendarDays(first, ((day - weekday(first) + 7) % 7) + 7 * (n - 1))
}
function last(y: number, m: number, day: number): string {
  const end = addCalendarDays(m === 12 ? ymd(y + 1, 1, 1) : ymd(y, m + 1, 1), -1)
  return addCalendarDays(end, -((weekday(end) - day + 7) % 7))
}
function observed(date: string): string {
  const d = weekday(date)
  return d === SAT ? addCalendarDays(date, -1) : d === SUN ? addCalendarDays(date, 1) : date
}

const cache = new Map<number, readonly Holiday[]>()

/** The legal holidays of RCW 1.16.050(1)(b) to (l) for a year, in the statute's order. */
export function holidaysOf(y: number): readonly Holiday[] {
  const known = cache.get(y)
  if (known) return known
  const thanksgiving = nth(y, 11, THU, 4)
  const days: [string, string][] = [
    ["New Year's Day", ymd(y, 1, 1)],
    ['Martin Luther King Jr. Day', nth(y, 1, MON, 3)],
    ["Presidents' Day", nth(y, 2, MON, 3)],
    ['Memorial Day', last(y, 5, MON)],
    ['Juneteenth', ymd(y, 6, 19)],
    ['Independence Day', ymd(y, 7, 4)],
    ['Labor Day', nth(y, 9, MON, 1)],
    ["Veterans' Day", ymd(y, 11, 11)],
    ['Thanksgiving Day', thanksgiving],
    ['Native American Heritage Day', addCalendarDays(thanksgiving, 1)],
    ['Christmas Day', ymd(y, 12, 25)],
  ]
  const list = days.map(([name, date]) => ({ name, date, observed: observed(date) }))
  cache.set(y, list)
  return list
}

/**
 * The legal holiday observed on a YYYY-MM-DD date, if any. Next year's New Year's Day
 * is looked at too: when it falls on a Saturday it is kept on December 31.
 */
export function holidayOn(date: string): Holiday | undefined {
  const year = Number(date.slice(0, 4))
  return [...holidaysOf(year), ...holidaysOf(year + 1)].find((h) => h.observed === date)
}
