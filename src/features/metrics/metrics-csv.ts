import type { MetricsReport } from '../../api/schemas/metrics.ts'
import { lineOfBusinessLabels } from '../../api/labels.ts'

/** RFC 4180: quote every field, double the quotes inside; CRLF between records. */
const cell = (v: string | number | null) => `"${String(v ?? '').replace(/"/g, '""')}"`

/**
 * The metrics table and the list of items needing prior authorization as CSV, from the service's answer (nothing recomputed here). A cell
 * that starts like a formula is prefixed with an apostrophe so a spreadsheet shows it
 * as text.
 */
export function metricsCsv(report: MetricsReport): string {
  const safe = (v: string | number | null) =>
    typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v
  const scope = report.lineOfBusiness
    ? lineOfBusinessLabels[report.lineOfBusiness]
    : 'All lines of business'
  const header = [
    'Year',
    'Line of business',
    'Figure',
    'Value',
    'Unit',
    'Numerator',
    'Numerator in words',
    'Denominator',
    'Denominator in words',
    'Note',
  ]
  const rows = report.figures.map((f) => [
    report.year,
    scope,
    f.label,
    f.value,
    f.unit,
    f.numerator,
    f.numeratorWords,
    f.denominator,
    f.denominatorWords,
    f.note,
  ])
  // Item (1) of 42 CFR 422.122(c) in the same columns: the code as the value, its code set
  // as the unit, its description and policies as the note.
  const items = report.priorAuthorizationList.map((item) => [
    report.year,
    scope,
    'Item or service that needs prior authorization',
    item.code,
    item.system,
    null,
    null,
    null,
    null,
    [
      item.description ?? 'Description not shown (AMA-licensed)',
      ...item.policies.map((p) => `Policy: ${p.title}`),
    ].join('; '),
  ])
  return (
    [header, ...rows, ...items].map((r) => r.map((v) => cell(safe(v))).join(',')).join('\r\n') +
    '\r\n'
  )
}

export function csvFileName(report: MetricsReport): string {
  return `prior-authorization-metrics-${report.year}-${report.lineOfBusiness ?? 'all-lines'}.csv`
}
