/**
 * Washington's dated legal holidays (RCW 1.16.050), kept as data so a reviewer can read
 * exactly which days the turnaround clock skips. `observed` applies the statute's rule:
 * a holiday on a Saturday is kept the Friday before, one on a Sunday the Monday after.
 * The statute's "every Sunday" entry is left out: the rules that skip holidays count
 * calendar days. tests/unit/holidays.test.ts re-derives every row from the statute.
 */
export interface Holiday {
  name: string
  /** The statutory date. */
  date: string
  /** The day kept as the legal holiday (may fall in the previous year, e.g. 2027-12-31). */
  observed: string
}

const h = (name: string, date: string, observed = date): Holiday => ({ name, date, observed })

export const washingtonHolidays: Record<number, readonly Holiday[]> = {
  2024: [
    h("New Year's Day", '2024-01-01'),
    h('Martin Luther King Jr. Day', '2024-01-15'),
    h("Presidents' Day", '2024-02-19'),
    h('Memorial Day', '2024-05-27'),
    h('Juneteenth', '2024-06-19'),
    h('Independence Day', '2024-07-04'),
    h('Labor Day', '2024-09-02'),
    h("Veterans' Day", '2024-11-11'),
    h('Thanksgiving Day', '2024-11-28'),
    h('Native American Heritage Day', '2024-11-29'),
    h('Christmas Day', '2024-12-25'),
  ],
  2025: [
    h("New Year's Day", '2025-01-01'),
    h('Martin Luther King Jr. Day', '2025-01-20'),
    h("Presidents' Day", '2025-02-17'),
    h('Memorial Day', '2025-05-26'),
    h('Juneteenth', '2025-06-19'),
    h('Independence Day', '2025-07-04'),
    h('Labor Day', '2025-09-01'),
    h("Veterans' Day", '2025-11-11'),
    h('Thanksgiving Day', '2025-11-27'),
    h('Native American Heritage Day', '2025-11-28'),
    h('Christmas Day', '2025-12-25'),
  ],
  2026: [
    h("New Year's Day", '2026-01-01'),
    h('Martin Luther King Jr. Day', '2026-01-19'),
    h("Presidents' Day", '2026-02-16'),
    h('Memorial Day', '2026-05-25'),
    h('Juneteenth', '2026-06-19'),
    h('Independence Day', '2026-07-04', '2026-07-03'),
    h('Labor Day', '2026-09-07'),
    h("Veterans' Day", '2026-11-11'),
    h('Thanksgiving Day', '2026-11-26'),
    h('Native American Heritage Day', '2026-11-27'),
    h('Christmas Day', '2026-12-25'),
  ],
  2027: [
    h("New Year's Day", '2027-01-01'),
    h('Martin Luther King Jr. Day', '2027-01-18'),
    h("Presidents' Day", '2027-02-15'),
    h('Memorial Day', '2027-05-31'),
    h('Juneteenth', '2027-06-19', '2027-06-18'),
    h('Independence Day', '2027-07-04', '2027-07-05'),
    h('Labor Day', '2027-09-06'),
    h("Veterans' Day", '2027-11-11'),
    h('Thanksgiving Day', '2027-11-25'),
    h('Native American Heritage Day', '2027-11-26'),
    h('Christmas Day', '2027-12-25', '2027-12-24'),
  ],
  2028: [
    h("New Year's Day", '2028-01-01', '2027-12-31'),
    h('Martin Luther King Jr. Day', '2028-01-17'),
    h("Presidents' Day", '2028-02-21'),
    h('Memorial Day', '2028-05-29'),
    h('Juneteenth', '2028-06-19'),
    h('Independence Day', '2028-07-04'),
    h('Labor Day', '2028-09-04'),
    h("Veterans' Day", '2028-11-11', '2028-11-10'),
    h('Thanksgiving Day', '2028-11-23'),
    h('Native American Heritage Day', '2028-11-24'),
    h('Christmas Day', '2028-12-25'),
  ],
}

const byObservedDate = new Map(
  Object.values(washingtonHolidays).flatMap((year) =>
    year.map((day) => [day.observed, day] as const),
  ),
)

/**
 * The legal holiday observed on a YYYY-MM-DD date, if any. A year outside the data
 * throws rather than silently counting a holiday as a working day: add the year above.
 */
export function holidayOn(date: string): Holiday | undefined {
  const year = Number(date.slice(0, 4))
  if (!(year in washingtonHolidays)) {
    throw new RangeError(`No Washington holiday data for ${year}: add it to holidays.ts`)
  }
  return byObservedDate.get(date)
}
