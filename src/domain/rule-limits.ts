/**
 * A legal time limit as data: elapsed hours, or calendar days counted in plan time
 * (skipping Washington legal holidays only where the rule says so). The words are the
 * limit as a person reads it; the mock service's clocks compute due times from it.
 */
export type Limit =
  | { kind: 'hours'; hours: number; text: string }
  | { kind: 'days'; days: number; skipHolidays: boolean; text: string }

export const hours = (n: number): Limit => ({ kind: 'hours', hours: n, text: `${n} hours` })
export const days = (n: number, skipHolidays = false): Limit => ({
  kind: 'days',
  days: n,
  skipHolidays,
  text: `${n} calendar day${n === 1 ? '' : 's'}${skipHolidays ? ', excluding holidays' : ''}`,
})
