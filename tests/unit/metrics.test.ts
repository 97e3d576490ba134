import { describe, expect, it } from 'vitest'
import type { Decision, StoredCase } from '../../src/api/schemas/case.ts'
import type { LineOfBusiness, Urgency } from '../../src/api/schemas/case-fields.ts'
import { caseRow } from '../../service/cases/case-rows.ts'
import { computeMetrics, median } from '../../service/engine/metrics.ts'
import { shippedPolicies } from '../../service/data/library.ts'
import type { PolicyDetail } from '../../src/api/schemas/policy.ts'

/**
 * A hand-computed seed: 12 cases, 10 of them decided in plan-time 2026. The expected
 * figures below are worked out by hand in the comments, not by the code under test.
 */
const H = 3_600_000
type Seed = {
  id: string
  lob: LineOfBusiness
  urgency: Urgency
  received: string
  /** Hours from receipt to the first final decision; null while undecided. */
  hours: number | null
  action?: 'approve' | 'deny'
  dueHours: number
  status: StoredCase['status']
  pendFirst?: boolean
}
function seedCase(s: Seed): StoredCase {
  const at = (h: number) => new Date(Date.parse(s.received) + h * H).toISOString()
  const decision = (action: Decision['action'], h: number) =>
    ({ id: `${s.id}-${action}`, action, decidedAt: at(h) }) as Decision
  const decisions = s.hours === null ? [] : [decision(s.action ?? 'approve', s.hours)]
  if (s.pendFirst) decisions.unshift(decision('pend', 1))
  // Only the fields the metrics read: a pure function over stored cases.
  return {
    id: s.id,
    status: s.status,
    input: { lineOfBusiness: s.lob, urgency: s.urgency, requestReceivedAt: s.received },
    turnaround: { dueAt: at(s.dueHours) },
    decisions,
  } as unknown as StoredCase
}
const MA = 'medicare-advantage'
const seed: Seed[] = [
  {
    id: 'S1',
    lob: MA,
    urgency: 'standard',
    received: '2026-02-01T16:00:00Z',
    hours: 24,
    dueHours: 180,
    status: 'approved',
  },
  {
    id: 'S2',
    lob: MA,
    urgency: 'standard',
    received: '2026-03-01T16:00:00Z',
    hours: 48,
    action: 'deny',
    dueHours: 180,
    status: 'denied',
  },
  {
    id: 'S3',
    lob: MA,
    urgency: 'standard',
    received: '2026-04-01T16:00:00Z',
    hours: 240,
    action: 'deny',
    dueHours: 180,
    status: 'approved-on-appeal',
  },
  {
    id: 'S4',
    lob: MA,
    urgency: 'standard',
    received: '2026-05-01T16:00:00Z',
    hours: 72,
    dueHours: 180,
    status: 'approved',
    pendFirst: true,
  },
  {
    id: 'S5',
    lob: MA,
    urgency: 'standard',
    received: '2026-06-01T16:00:00Z',
    hours: 12,
    action: 'deny',
    dueHours: 180,
    status: 'forwarded-to-independent-review',
  },
  {
    id: 'S6',
    lob: 'commercial-group',
    urgency: 'standard',
    received: '2026-07-01T16:00:00Z',
    hours: 12,
    dueHours: 80,
    status: 'approved',
  },
  {
    id: 'E1',
    lob: MA,
    urgency: 'expedited',
    received: '2026-02-10T16:00:00Z',
    hours: 10,
    dueHours: 72,
    status: 'approved',
  },
  {
    id: 'E2',
    lob: MA,
    urgency: 'expedited',
    received: '2026-02-11T16:00:00Z',
    hours: 80,
    action: 'deny',
    dueHours: 72,
    status: 'denied',
  },
  {
    id: 'E3',
    lob: 'individual-family',
    urgency: 'expedited',
    received: '2026-08-01T16:00:00Z',
    hours: 20,
    dueHours: 24,
    status: 'approved',
  },
  // Not counted: still pending; decided in 2025 (noon PST on 31 Dec).
  {
    id: 'X1',
    lob: MA,
    urgency: 'standard',
    received: '2026-09-01T16:00:00Z',
    hours: null,
    dueHours: 180,
    status: 'pending-md-review',
  },
  {
    id: 'X2',
    lob: MA,
    urgency: 'standard',
    received: '2025-12-30T20:00:00Z',
    hours: 24,
    dueHours: 180,
    status: 'approved',
  },
  // Counted in 2026: decided 23:30 PST on 31 Dec 2026 (already 2027 in UTC).
  {
    id: 'X3',
    lob: 'commercial-group',
    urgency: 'standard',
    received: '2026-12-30T07:30:00Z',
    hours: 48,
    dueHours: 80,
    status: 'approved',
  },
]
const now = new Date('2027-01-15T00:00:00Z')
// Computed inside each test, never at import: mutation testing (npm run test:mutation)
// switches a mutant on only while tests run, so work done at import would hide it.
const cases = () => seed.map(seedCase).map(caseRow)
const report = () => computeMetrics(cases(), { year: 2026, lineOfBusiness: null }, now)
const figure = (id: string) => report().figures.find((f) => f.id === id)!

describe('computeMetrics on a hand-computed seed (all lines, 2026)', () => {
  it('standard: 7 decided (S1-S6, X3); 4 approved, 3 denied, 1 approved after appeal (S3)', () => {
    expect(figure('standard-approved')).toMatchObject({ numerator: 4, denominator: 7, value: 57.1 })
    expect(figure('standard-denied')).toMatchObject({ numerator: 3, denominator: 7, value: 42.9 })
    expect(figure('standard-approved-after-appeal')).toMatchObject({
      numerator: 1,
      denominator: 7,
      value: 14.3,
    })
    expect(figure('standard-approved').numeratorWords).toBe('4 standard requests approved')
    expect(figure('standard-approved').denominatorWords).toBe('7 standard requests decided in 2026')
  })

  it('item (5): a share of all 10 decided requests (standard and expedited), none extended, so 0 %', () => {
    expect(figure('approved-after-extension')).toMatchObject({
      numerator: 0,
      denominator: 10,
      value: 0,
    })
    expect(figure('approved-after-extension').denominatorWords).toBe(
      '10 requests decided in 2026, standard and expedited',
    )
    expect(figure('approved-after-extension').note).toMatch(/does not extend/)
  })

  it('expedited: 3 decided (E1-E3); 2 approved, 1 denied', () => {
    expect(figure('expedited-approved')).toMatchObject({
      numerator: 2,
      denominator: 3,
      value: 66.7,
    })
    expect(figure('expedited-denied')).toMatchObject({ numerator: 1, denominator: 3, value: 33.3 })
  })

  it('hours: standard 12+12+24+48+48+72+240 = 456, average 65.1, median 48; expedited 110/3 = 36.7, median 20', () => {
    expect(figure('standard-average-hours')).toMatchObject({
      numerator: 456,
      denominator: 7,
      value: 65.1,
    })
    expect(figure('standard-median-hours')).toMatchObject({ value: 48, denominator: 7 })
    expect(figure('expedited-average-hours')).toMatchObject({ numerator: 110, value: 36.7 })
    expect(figure('expedited-median-hours')).toMatchObject({ value: 20 })
  })

  it('on time: 10 decided, S3 and E2 late, so 8 of 10', () => {
    expect(figure('on-time')).toMatchObject({ numerator: 8, denominator: 10, value: 80 })
  })

  it('decisions per month and the time-to-decision bands', () => {
    const month = (m: string) => report().monthly.find((x) => x.month === `2026-${m}`)
    expect(month('02')).toEqual({ month: '2026-02', approved: 2, denied: 1 })
    expect(month('06')).toEqual({ month: '2026-06', approved: 0, denied: 1 })
    expect(month('12')).toEqual({ month: '2026-12', approved: 1, denied: 0 })
    expect(report().distribution.map((b) => [b.standard, b.expedited])).toEqual([
      [2, 2],
      [3, 0],
      [1, 1],
      [1, 0],
      [0, 0],
    ])
  })

  it('words every figure for the person reading the report', () => {
    const std = '7 standard requests decided in 2026'
    const exp = '3 expedited requests decided in 2026'
    expect(
      report().figures.map((f) => [f.id, f.label, f.unit, f.numeratorWords, f.denominatorWords]),
    ).toEqual([
      [
        'standard-approved',
        'Standard requests approved',
        'percent',
        '4 standard requests approved',
        std,
      ],
      ['standard-denied', 'Standard requests denied', 'percent', '3 standard requests denied', std],
      [
        'standard-approved-after-appeal',
        'Standard requests approved after appeal',
        'percent',
        '1 standard request approved after appeal',
        std,
      ],
      [
        'approved-after-extension',
        'Requests whose review timeframe was extended and that were approved',
        'percent',
        '0 requests whose review timeframe was extended and that were approved',
        '10 requests decided in 2026, standard and expedited',
      ],
      [
        'expedited-approved',
        'Expedited requests approved',
        'percent',
        '2 expedited requests approved',
        exp,
      ],
      [
        'expedited-denied',
        'Expedited requests denied',
        'percent',
        '1 expedited request denied',
        exp,
      ],
      [
        'standard-average-hours',
        'Average hours from receipt to decision, standard',
        'hours',
        '456 hours from receipt to decision, all standard requests together',
        std,
      ],
      [
        'standard-median-hours',
        'Median hours from receipt to decision, standard',
        'hours',
        'the middle value of 7 standard decision times',
        std,
      ],
      [
        'expedited-average-hours',
        'Average hours from receipt to decision, expedited',
        'hours',
        '110 hours from receipt to decision, all expedited requests together',
        exp,
      ],
      [
        'expedited-median-hours',
        'Median hours from receipt to decision, expedited',
        'hours',
        'the middle value of 3 expedited decision times',
        exp,
      ],
      [
        'on-time',
        'Decided on time (turnaround clock)',
        'percent',
        '8 decided requests decided by their due time',
        '10 decided requests decided in 2026',
      ],
    ])
    expect(figure('standard-median-hours')).toMatchObject({ numerator: 48, note: null })
    expect(figure('on-time').note).toBe(
      'Beyond the rule: the share decided by the due time the turnaround clock set.',
    )
    expect(report().distribution.map((b) => b.label)).toEqual([
      'Under 24 hours',
      '24 to 72 hours',
      '3 to 7 days',
      '7 to 14 days',
      '14 days or more',
    ])
  })

  it('links every figure to the cases behind it, and the hours to their urgency', () => {
    const links = Object.fromEntries(report().figures.map((f) => [f.id, f.link]))
    expect(links).toEqual({
      'standard-approved': { decidedYear: 2026, urgency: 'standard', initialDecision: 'approve' },
      'standard-denied': { decidedYear: 2026, urgency: 'standard', initialDecision: 'deny' },
      'standard-approved-after-appeal': {
        decidedYear: 2026,
        urgency: 'standard',
        status: ['approved-on-appeal'],
      },
      'approved-after-extension': null,
      'expedited-approved': { decidedYear: 2026, urgency: 'expedited', initialDecision: 'approve' },
      'expedited-denied': { decidedYear: 2026, urgency: 'expedited', initialDecision: 'deny' },
      'standard-average-hours': { decidedYear: 2026, urgency: 'standard' },
      'standard-median-hours': { decidedYear: 2026, urgency: 'standard' },
      'expedited-average-hours': { decidedYear: 2026, urgency: 'expedited' },
      'expedited-median-hours': { decidedYear: 2026, urgency: 'expedited' },
      'on-time': { decidedYear: 2026, onTime: true },
    })
  })

  it('links each figure to the cases behind it', () => {
    expect(figure('standard-denied').link).toEqual({
      decidedYear: 2026,
      urgency: 'standard',
      initialDecision: 'deny',
    })
    expect(figure('standard-approved-after-appeal').link).toEqual({
      decidedYear: 2026,
      urgency: 'standard',
      status: ['approved-on-appeal'],
    })
    expect(figure('on-time').link).toEqual({ decidedYear: 2026, onTime: true })
  })
})

describe('computeMetrics by line of business', () => {
  it('Medicare Advantage 2026: S1-S5 standard (2 approved, 3 denied), E1-E2 expedited', () => {
    const ma = computeMetrics(cases(), { year: 2026, lineOfBusiness: MA }, now)
    const f = (id: string) => ma.figures.find((x) => x.id === id)!
    expect(f('standard-approved')).toMatchObject({ numerator: 2, denominator: 5, value: 40 })
    expect(f('standard-approved-after-appeal')).toMatchObject({
      numerator: 1,
      denominator: 5,
      value: 20,
    })
    expect(f('expedited-denied')).toMatchObject({ numerator: 1, denominator: 2, value: 50 })
    expect(f('standard-approved').link).toMatchObject({ lineOfBusiness: MA })
    expect(f('standard-approved').denominatorWords).toBe(
      '5 standard requests decided in 2026, Medicare Advantage',
    )
  })

  it('a year with no decisions: every percentage is null over 0, not 0 %', () => {
    const empty = computeMetrics(cases(), { year: 2024, lineOfBusiness: null }, now)
    expect(empty.figures.every((f) => f.denominator === 0 && f.value === null)).toBe(true)
    expect(empty.figures.find((f) => f.id === 'standard-median-hours')).toMatchObject({
      numerator: 0,
      value: null,
    })
    expect(empty.monthly).toHaveLength(12)
    expect(empty.monthly.every((m) => m.approved === 0 && m.denied === 0)).toBe(true)
  })

  it('item (1): every service code the policies list, once, with its policies; CPT descriptions withheld', () => {
    const policy = (
      id: string,
      codes: { code: string; system: 'HCPCS' | 'CPT'; description: string }[],
    ) =>
      ({
        id,
        title: `Policy ${id}`,
        codeGroups: [{ heading: 'h', columns: ['a', 'b'], codes }],
      }) as unknown as PolicyDetail
    const r = computeMetrics([], { year: 2026, lineOfBusiness: null }, now, [
      policy('p1', [{ code: 'm0076', system: 'HCPCS', description: 'Prolotherapy' }]),
      policy('p2', [
        { code: 'M0076', system: 'HCPCS', description: 'Prolotherapy' },
        { code: '20610', system: 'CPT', description: 'licensed words' },
      ]),
    ])
    expect(r.priorAuthorizationList).toEqual([
      {
        code: '20610',
        system: 'CPT',
        description: null,
        policies: [{ id: 'p2', title: 'Policy p2' }],
      },
      {
        code: 'M0076',
        system: 'HCPCS',
        description: 'Prolotherapy',
        policies: [
          { id: 'p1', title: 'Policy p1' },
          { id: 'p2', title: 'Policy p2' },
        ],
      },
    ])
  })

  it('the shipped library lists M0076 (prolotherapy) as needing prior authorization', () => {
    const r = computeMetrics([], { year: 2026, lineOfBusiness: null }, now, shippedPolicies)
    expect(r.priorAuthorizationList.map((i) => i.code)).toEqual(['M0076'])
  })

  it('median of an even count is the mean of the middle two', () => {
    expect(median([1, 9, 3, 5])).toBe(4)
    expect(median([])).toBeNull()
  })
})
