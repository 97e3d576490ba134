import { describe, expect, it } from 'vitest'
import type { StoredCase } from '../../src/api/schemas/case.ts'
import { caseRow } from '../../service/cases/case-rows.ts'
import { computeMetrics, metricsReport } from '../../service/engine/metrics.ts'
import { planDates, tallyRows } from '../../service/engine/metrics-tally.ts'

/** A case approved at `decidedAt`: only the fields the metrics read. */
const approvedAt = (id: string, decidedAt: string) =>
  ({
    id,
    status: 'approved',
    input: {
      lineOfBusiness: 'individual-family',
      urgency: 'standard',
      requestReceivedAt: '2025-12-01T00:00:00Z',
    },
    turnaround: { dueAt: '2027-01-01T00:00:00Z' },
    decisions: [{ id: `${id}-d`, action: 'approve', decidedAt }],
  }) as unknown as StoredCase

const months = (cases: StoredCase[], year: number) =>
  computeMetrics(
    cases.map(caseRow),
    { year, lineOfBusiness: null },
    new Date('2027-06-01T00:00:00Z'),
  )
    .monthly.filter((m) => m.approved > 0)
    .map((m) => `${m.month}:${m.approved}`)

/** The plan-time date is taken per UTC day by the zone's offset: the edges must still be exact. */
describe('computeMetrics counts each decision in its plan-time month and year', () => {
  it('around midnight in Los Angeles, in standard and daylight time', () => {
    const cases = [
      approvedAt('a', '2026-03-01T07:59:59Z'), // 23:59:59 PST on 28 Feb
      approvedAt('b', '2026-03-01T08:00:00Z'), // 00:00 PST on 1 Mar
      approvedAt('c', '2026-07-01T06:59:59Z'), // 23:59:59 PDT on 30 Jun
      approvedAt('d', '2026-07-01T07:00:00Z'), // 00:00 PDT on 1 Jul
    ]
    expect(months(cases, 2026)).toEqual(['2026-02:1', '2026-03:1', '2026-06:1', '2026-07:1'])
  })

  it('on the days the clocks change (8 Mar and 1 Nov 2026)', () => {
    const cases = [
      approvedAt('e', '2026-03-08T09:59:59Z'), // 01:59:59 PST, just before the change
      approvedAt('f', '2026-03-08T10:00:00Z'), // 03:00 PDT
      approvedAt('g', '2026-11-01T06:59:59Z'), // 23:59:59 PDT on 31 Oct
      approvedAt('h', '2026-11-01T07:00:00Z'), // 00:00 PDT on 1 Nov
      approvedAt('i', '2026-12-01T07:59:59Z'), // 23:59:59 PST on 30 Nov
    ]
    expect(months(cases, 2026)).toEqual(['2026-03:2', '2026-10:1', '2026-11:2'])
  })

  it('a decision in the first UTC hours of 1 January belongs to the year before', () => {
    const cases = [approvedAt('j', '2026-01-01T07:59:59Z'), approvedAt('k', '2026-01-01T08:00:00Z')]
    expect(months(cases, 2025)).toEqual(['2025-12:1'])
    expect(months(cases, 2026)).toEqual(['2026-01:1'])
  })
})

describe('planDates', () => {
  it('gives the plan-time date alone, YYYY-MM-DD, on an ordinary day and a changing one', () => {
    const planDate = planDates()
    expect(planDate('2026-03-01T07:59:59Z')).toBe('2026-02-28')
    expect(planDate('2026-03-01T08:00:00Z')).toBe('2026-03-01')
    expect(planDate('2026-11-01T06:59:59Z')).toBe('2026-10-31')
    expect(planDate('2026-11-01T12:00:00Z')).toBe('2026-11-01')
  })
})

describe('metricsReport', () => {
  it('lists no prior-authorization codes when given no policy library', () => {
    const filter = { year: 2026, lineOfBusiness: null }
    const report = metricsReport(tallyRows([], filter), filter, new Date('2027-01-01T00:00:00Z'))
    expect(report.priorAuthorizationList).toEqual([])
  })
})
