import type { MetricFigure, MetricLink, MetricsReport } from '../../src/api/schemas/metrics.ts'
import { lineOfBusinessLabels } from '../../src/api/labels.ts'
import type { PolicyDetail } from '../../src/api/schemas/policy.ts'
import type { CaseRow } from '../cases/case-rows.ts'
import {
  BANDS,
  HOUR_MS,
  median,
  tallyRows,
  type MetricsFilter,
  type MetricsTally,
  type UrgencyTally,
} from './metrics-tally.ts'
import { priorAuthorizationList } from './prior-auth-list.ts'

/**
 * The CMS-0057-F prior-authorization figures (42 CFR 422.122(c) for Medicare Advantage),
 * worded from their tally (service/engine/metrics-tally.ts: decided requests only,
 * counted in the plan-time year of their first final decision), which a store with
 * aggregates counts itself (server/db/sql-metrics.ts) and any other store counts from the
 * cases' worklist rows.
 */
export const metricsSource =
  '42 CFR 422.122(c) (CMS-0057-F): items (1) to (9) were checked against the same wording copied into 19 Miss. Code R. 3-19.22 and against plans\u2019 published reports (item (5): \u201cthe percentage of prior authorization requests for which the timeframe for review was extended, and the request was approved\u201d); the eCFR text of 422.122(c) itself was not retrieved.'

const round1 = (n: number) => Math.round(n * 10) / 10
const hours = (ms: number) => ms / HOUR_MS

export { median }

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

/** The report from the worklist rows (a store without aggregates of its own). Pure. */
export function computeMetrics(
  rows: Iterable<CaseRow>,
  filter: MetricsFilter,
  now: Date,
  library: readonly PolicyDetail[] = [],
): MetricsReport {
  return metricsReport(tallyRows(rows, filter), filter, now, library)
}

/**
 * The report from its tally, however counted (service/engine/metrics-tally.ts): one
 * wording of every figure for every store. Pure.
 */
export function metricsReport(
  tally: MetricsTally,
  { year, lineOfBusiness }: MetricsFilter,
  now: Date,
  library: readonly PolicyDetail[] = [],
): MetricsReport {
  const { standard, expedited } = tally
  const decided = standard.decided + expedited.decided
  const yearText = String(year).padStart(4, '0')
  const where = `decided in ${year}${lineOfBusiness ? `, ${lineOfBusinessLabels[lineOfBusiness]}` : ''}`
  const base = { decidedYear: year, ...(lineOfBusiness ? { lineOfBusiness } : {}) }
  const link = (extra: Omit<MetricLink, 'decidedYear'>): MetricLink => ({ ...base, ...extra })

  const percent = (
    id: MetricFigure['id'],
    label: string,
    [numerator, denominator]: [number, number],
    kind: string,
    what: string,
    linkTo: MetricLink | null,
  ): MetricFigure => ({
    ...{ id, label, unit: 'percent', numerator, denominator, note: null, link: linkTo },
    value: denominator ? round1((numerator / denominator) * 100) : null,
    numeratorWords: `${plural(numerator, `${kind} request`)} ${what}`,
    denominatorWords: `${plural(denominator, `${kind} request`)} ${where}`,
  })
  const time = (kind: 'standard' | 'expedited', t: UrgencyTally): MetricFigure[] => {
    // Whole milliseconds are summed (exact in any order, as SQL sums them), then made hours.
    const total = hours(t.totalMs)
    const mid = t.medianMs === null ? null : hours(t.medianMs)
    const common = {
      unit: 'hours' as const,
      denominator: t.decided,
      note: null,
      link: link({ urgency: kind }),
    }
    const denominatorWords = `${plural(t.decided, `${kind} request`)} ${where}`
    return [
      {
        ...common,
        id: `${kind}-average-hours`,
        label: `Average hours from receipt to decision, ${kind}`,
        value: t.decided ? round1(total / t.decided) : null,
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
        numeratorWords: `the middle value of ${plural(t.decided, `${kind} decision time`)}`,
        denominatorWords,
      },
    ]
  }
  const figures: MetricFigure[] = [
    percent(
      'standard-approved',
      'Standard requests approved',
      [standard.approved, standard.decided],
      'standard',
      'approved',
      link({ urgency: 'standard', initialDecision: 'approve' }),
    ),
    percent(
      'standard-denied',
      'Standard requests denied',
      [standard.denied, standard.decided],
      'standard',
      'denied',
      link({ urgency: 'standard', initialDecision: 'deny' }),
    ),
    percent(
      'standard-approved-after-appeal',
      'Standard requests approved after appeal',
      [standard.approvedOnAppeal, standard.decided],
      'standard',
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
      ...{ unit: 'percent', numerator: 0, denominator: decided, link: null },
      value: decided ? 0 : null,
      numeratorWords: '0 requests whose review timeframe was extended and that were approved',
      denominatorWords: `${plural(decided, 'request')} ${where}, standard and expedited`,
      note: 'This app does not extend review timeframes, so no request was extended and approved.',
    },
    percent(
      'expedited-approved',
      'Expedited requests approved',
      [expedited.approved, expedited.decided],
      'expedited',
      'approved',
      link({ urgency: 'expedited', initialDecision: 'approve' }),
    ),
    percent(
      'expedited-denied',
      'Expedited requests denied',
      [expedited.denied, expedited.decided],
      'expedited',
      'denied',
      link({ urgency: 'expedited', initialDecision: 'deny' }),
    ),
    ...time('standard', standard),
    ...time('expedited', expedited),
    {
      ...percent(
        'on-time',
        'Decided on time (turnaround clock)',
        [standard.onTime + expedited.onTime, decided],
        'decided',
        'decided by their due time',
        link({ onTime: true }),
      ),
      note: 'Beyond the rule: the share decided by the due time the turnaround clock set.',
    },
  ]
  return {
    year,
    lineOfBusiness,
    generatedAt: now.toISOString(),
    figures,
    monthly: tally.monthly.map((m, i) => ({
      month: `${yearText}-${String(i + 1).padStart(2, '0')}`,
      ...m,
    })),
    distribution: BANDS.map((band, i) => ({
      label: band.label,
      standard: standard.bands[i]!,
      expedited: expedited.bands[i]!,
    })),
    source: metricsSource,
    priorAuthorizationList: priorAuthorizationList(library),
  }
}
