import { describe, expect, it } from 'vitest'
import type { MetricsReport } from '../../src/api/schemas/metrics.ts'
import { csvFileName, metricsCsv } from '../../src/features/metrics/metrics-csv.ts'
import { worklistHref } from '../../src/features/metrics/metric-words.ts'

const report: MetricsReport = {
  year: 2026,
  lineOfBusiness: 'medicare-advantage',
  generatedAt: '2026-12-01T00:00:00.000Z',
  figures: [
    {
      id: 'standard-denied',
      label: 'Standard requests denied',
      unit: 'percent',
      value: 42.9,
      numerator: 3,
      denominator: 7,
      numeratorWords: '3 standard requests denied',
      denominatorWords: '7 standard requests decided in 2026, Medicare Advantage',
      note: 'Said "plainly"',
      link: { decidedYear: 2026, urgency: 'standard', initialDecision: 'deny' },
    },
    {
      id: 'approved-after-extension',
      label: '=HYPERLINK("x")',
      unit: 'percent',
      value: null,
      numerator: 0,
      denominator: 0,
      numeratorWords: '0 requests',
      denominatorWords: '0 requests',
      note: null,
      link: null,
    },
  ],
  monthly: [],
  distribution: [],
  source: 'test',
  priorAuthorizationList: [
    {
      code: 'M0076',
      system: 'HCPCS',
      description: 'Prolotherapy',
      policies: [{ id: 'p1', title: 'Prolotherapy & Sclerotherapy' }],
    },
  ],
}

describe('metricsCsv', () => {
  const lines = metricsCsv(report).split('\r\n')
  it('quotes every field, doubles inner quotes, ends each record with CRLF', () => {
    expect(lines[1]).toBe(
      '"2026","Medicare Advantage","Standard requests denied","42.9","percent","3","3 standard requests denied","7","7 standard requests decided in 2026, Medicare Advantage","Said ""plainly"""',
    )
    expect(lines.at(-1)).toBe('')
  })
  it('lists item (1), the items and services needing prior authorization, after the figures', () => {
    expect(lines[3]).toBe(
      '"2026","Medicare Advantage","Item or service that needs prior authorization","M0076","HCPCS","","","","","Prolotherapy; Policy: Prolotherapy & Sclerotherapy"',
    )
  })
  it('keeps an empty value empty and a formula-like cell as text', () => {
    expect(lines[2]).toMatch(/^"2026","Medicare Advantage","'=HYPERLINK\(""x""\)","","percent"/)
  })
  it('names the file by year and line of business', () => {
    expect(csvFileName(report)).toBe('prior-authorization-metrics-2026-medicare-advantage.csv')
  })
})

describe('worklistHref', () => {
  it('lists all cases (not a director\u2019s queue) with only the filters behind the figure', () => {
    expect(worklistHref(report.figures[0]!.link!)).toBe(
      '/?view=all&urgency=standard&decidedYear=2026&initialDecision=deny',
    )
    expect(worklistHref({ decidedYear: 2026, status: ['approved-on-appeal'], onTime: true })).toBe(
      '/?view=all&status=approved-on-appeal&decidedYear=2026&onTime=true',
    )
  })
})
