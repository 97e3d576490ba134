import { PLAN_TIME_ZONE, zonedDate } from './time-zone.ts'

/** A request received a few minutes "in the future" is a clock difference, not a mistake. */
export const CLOCK_SKEW_MS = 5 * 60_000

/** docs/product-rules.md, Case entry: request received is "not before 2000-01-01". */
const EARLIEST_RECEIVED = '2000-01-01'

/**
 * The same calendar day `years` away, as YYYY-MM-DD. 29 February may become a day that
 * does not exist (2027-02-29); it is only ever compared as a string, where it sorts right.
 */
export const shiftYears = (day: string, years: number) =>
  String(Number(day.slice(0, 4)) + years).padStart(4, '0') + day.slice(4)

/** The plan date of a request received in range (not before 2000, not in the future), else null. */
export function receivedDay(received: Date | null, now: Date): string | null {
  if (!received || received.getTime() > now.getTime() + CLOCK_SKEW_MS) return null
  const day = zonedDate(received, PLAN_TIME_ZONE)
  return day < EARLIEST_RECEIVED ? null : day
}
