import type { LineOfBusiness } from '../../src/api/schemas/case-fields.ts'
import type { MetricFigure, MetricLink, MetricsReport } from '../../src/api/schemas/metrics.ts'
import { lineOfBusinessLabels } from '../../src/api/labels.ts'
import { PLAN_TIME_ZONE, zonedDate, zonedParts } from '../../src/domain/time-zone.ts'
import type { PolicyDetail } from '../../src/api/schemas/policy.ts'
import type { CaseRow } from '../cases/case-rows.ts'
import { priorAuthorizationList } from './prior-auth-list.ts'

/**
 * The CMS-0057-F prior-authorization figures (42 CFR 422.122(c) for Medicare Advantage),
 * computed from the cases' worklist rows (service/cases/case-rows.ts: a store keeps them
 * beside the records, so 10,000 cases cost 10,000 small rows, not records): decided
 * requests only, counted in the plan-time year of their first final decision (a pend
 * counts once the case is decided). Pure.
 */
export const metricsSource =
  '42 CFR 422.122(c) (CMS-0057-F): items (1) to (9) were checked against the same wording copied into 19 Miss. Code R. 3-19.22 and against plans\u2019 published reports (item (5): \u201cthe percentage of prior authorization requests for which the timeframe for review was extended, and the request was approved\u201d); the eCFR text of 422.122(c) itself was not retrieved.'

type Decision = NonNullable<CaseRow['decided']>
type Decided = { r: CaseRow; d: Decision; hours: number; planDate: string }
const round1 = (n: number) => Math.round(n * 10) / 10
const hoursOf = (r: CaseRow, d: Decision) =>
  (Date.parse(d.decidedAt) - Date.parse(r.receivedAt)) / 3_600_000

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
// Angeles changes its clocks at 2 a.m., after the local midnight of that UTC day), so the
// mutants disabled below change the speed, never the answer (equivalent, not untested).
function planDates() {
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
    // Stryker disable next-line MethodExpression: speed only; callers read the year and month
    return new Date(ms + offset).toISOString().slice(0, 10)
  }
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`
const BANDS = [
  { label: 'Under 24 hours', below: 24 },
  { label: '24 to 72 hours', below: 72 },
  { label: '3 to 7 days', below: 168 },
  { label: '7 to 14 days', below: 336 },
  { label: '14 days or more', below: Infinity },
]

export function computeMetrics(
  rows: Iterable<CaseRow>,
  { year, lineOfBusiness }: { year: number; lineOfBusiness: LineOfBusiness | null },
  now: Date,
  library: readonly PolicyDetail[] = [],
): MetricsReport {
  const decided: Decided[] = []
  const planDate = planDates()
  const yearText = String(year).padStart(4, '0')
  for (const r of rows) {
    if (lineOfBusiness && r.lineOfBusiness !== lineOfBusiness) continue
    const d = r.decided
    if (!d) continue
    const date = planDate(d.decidedAt)
    if (date.startsWith(yearText)) decided.push({ r, d, hours: hoursOf(r, d), planDate: date })
  }
  const standard = decided.filter((x) => x.r.urgency === 'standard')
  const expedited = decided.filter((x) => x.r.urgency === 'expedited')
  const where = `decided in ${year}${lineOfBusiness ? `, ${lineOfBusinessLabels[lineOfBusiness]}` : ''}`
  const base = { decidedYear: year, ...(lineOfBusiness ? { lineOfBusiness } : {}) }
  const link = (extra: Omit<MetricLink, 'decidedYear'>): MetricLink => ({ ...base, ...extra })

  const percent = (
    id: MetricFigure['id'],
    label: string,
    pool: Decided[],
    kind: string,
    hit: (x: Decided) => boolean,
    what: string,
    linkTo: MetricLink | null,
  ): MetricFigure => {
    const numerator = pool.filter(hit).length
    const denominator = pool.length
    return {
      ...{ id, label, unit: 'percent', numerator, denominator, note: null, link: linkTo },
      value: denominator ? round1((numerator / denominator) * 100) : null,
      numeratorWords: `${plural(numerator, `${kind} request`)} ${what}`,
      denominatorWords: `${plural(denominator, `${kind} request`)} ${where}`,
    }
  }
  const time = (kind: 'standard' | 'expedited', pool: Decided[]): MetricFigure[] => {
    const hours = pool.map((x) => x.hours)
    const total = hours.reduce((a, b) => a + b, 0)
    const mid = median(hours)
    const common = {
      unit: 'hours' as const,
      denominator: pool.length,
      note: null,
      link: link({ urgency: kind }),
    }
    const denominatorWords = `${plural(pool.length, `${kind} request`)} ${where}`
    return [
      {
        ...common,
        id: `${kind}-average-hours`,
        label: `Average hours from receipt to decision, ${kind}`,
        value: pool.length ? round1(total / pool.length) : null,
        numerator: round1(total),
        numeratorWords: `${round1(total)} hours from receipt to decision, all ${kind} requests together`,
        denominatorWords,
      },
      {
        ...common,
        id: `${kind}-median-hours`,
        label: `Median hours from receipt to decision, ${kind}`,
        value: mid === null ? null : round1(mid),
        numerator: mid === null ? 0 : round1(mid),
        numeratorWords: `the middle value of ${plural(pool.length, `${kind} decision time`)}`,
        denominatorWords,
      },
    ]
  }
  const approved = (x: Decided) => x.d.action === 'approve'
  const denied = (x: Decided) => x.d.action === 'deny'
  const figures: MetricFigure[] = [
    percent(
      'standard-approved',
      'Standard requests approved',
      standard,
      'standard',
      approved,
      'approved',
      link({ urgency: 'standard', initialDecision: 'approve' }),
    ),
    percent(
      'standard-denied',
      'Standard requests denied',
      standard,
      'standard',
      denied,
      'denied',
      link({ urgency: 'standard', initialDecision: 'deny' }),
    ),
    percent(
      'standard-approved-after-appeal',
      'Standard requests approved after appeal',
      standard,
      'standard',
      (x) => x.r.status === 'approved-on-appeal',
      'approved after appeal',
      link({ urgency: 'standard', status: ['approved-on-appeal'] }),
    ),
    // 422.122(c)(5) asks for a share of all prior authorization requests (standard and
    // expedited together), not of the extended ones: this app never extends a review
    // timeframe, so the numerator is 0 and the denominator is every decided request.
    {
      ...{
        id: 'approved-after-extension',
        label: 'Requests whose review timeframe was extended and that were approved',
      },
      ...{ unit: 'percent', numerator: 0, denominator: decided.length, link: null },
      value: decided.length ? 0 : null,
      numeratorWords: '0 requests whose review timeframe was extended and that were approved',
      denominatorWords: `${plural(decided.length, 'request')} ${where}, standard and expedited`,
      note: 'This app does not extend review timeframes, so no request was extended and approved.',
    },
    percent(
      'expedited-approved',
      'Expedited requests approved',
      expedited,
      'expedited',
      approved,
      'approved',
      link({ urgency: 'expedited', initialDecision: 'approve' }),
    ),
    percent(
      'expedited-denied',
      'Expedited requests denied',
      expedited,
      'expedited',
      denied,
      'denied',
      link({ urgency: 'expedited', initialDecision: 'deny' }),
    ),
    ...time('standard', standard),
    ...time('expedited', expedited),
    {
      ...percent(
        'on-time',
        'Decided on time (turnaround clock)',
        decided,
        'decided',
        (x) => x.d.onTime,
        'decided by their due time',
        link({ onTime: true }),
      ),
      note: 'Beyond the rule: the share decided by the due time the turnaround clock set.',
    },
  ]
  const monthly = Array.from({ length: 12 }, (_, i) => ({
    month: `${yearText}-${String(i + 1).padStart(2, '0')}`,
    approved: 0,
    denied: 0,
  }))
  for (const x of decided) {
    const m = monthly[Number(x.planDate.slice(5, 7)) - 1]!
    if (approved(x)) m.approved += 1
    else if (denied(x)) m.denied += 1
  }
  const distribution = BANDS.map((band, i) => {
    const inBand = (x: Decided) =>
      x.hours < band.below && x.hours >= (BANDS[i - 1]?.below ?? -Infinity)
    return {
      label: band.label,
      standard: standard.filter(inBand).length,
      expedited: expedited.filter(inBand).length,
    }
  })
  return {
    year,
    lineOfBusiness,
    generatedAt: now.toISOString(),
    figures,
    monthly,
    distribution,
    source: metricsSource,
    priorAuthorizationList: priorAuthorizationList(library),
  }
}
