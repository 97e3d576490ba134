import { round } from './stats.ts'

/** A figure, with an upper budget (`budget`) or a lower one (`min`) where it has one. */
export type Row = {
  scenario: string
  build: string
  value: number
  unit: string
  budget?: number
  min?: number
}

export function verdict(r: Row): string {
  if (r.budget !== undefined)
    return r.value <= r.budget ? `met (≤ ${r.budget})` : `MISSED (≤ ${r.budget})`
  if (r.min !== undefined) return r.value >= r.min ? `met (≥ ${r.min})` : `MISSED (≥ ${r.min})`
  return ''
}

export function printReport(rows: Row[], machine: string) {
  const table = rows.map((r) => ({
    scenario: r.scenario,
    value: r.unit === 'score' ? round(r.value, 2) : round(r.value, 1),
    budget: verdict(r),
    build: r.build,
  }))
  console.log(`\nCriteria Review Dashboard benchmark — ${machine}`)
  console.table(table)
  const missed = rows.filter((r) => verdict(r).startsWith('MISSED'))
  console.log(missed.length ? `${missed.length} budget(s) missed.` : 'Every budget met.')
}
