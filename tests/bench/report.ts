import { round } from './stats.ts'

/**
 * A figure. Budgets that fail the run: an upper `budget`, a lower `min`, and `maxRatio`
 * over the figure's floor (or, for a scale row, over the same scenario on less data).
 * `quiet` is the absolute budget for a quiet machine: reported, never enforced,
 * because milliseconds depend on the machine and its load.
 */
export type Row = {
  scenario: string
  build: string
  value: number
  unit: string
  budget?: number
  min?: number
  quiet?: number
  /** The same work on the bare React page, measured in the same run. */
  floor?: number
  /** value / floor (the median of each run's ratio when there were several runs). */
  ratio?: number
  maxRatio?: number
  /** Lowest and highest value over the runs, when there were several. */
  spread?: [number, number]
  ratioSpread?: [number, number]
}

export function verdict(r: Row): string {
  const out: string[] = []
  if (r.budget !== undefined)
    out.push(r.value <= r.budget ? `met (≤ ${r.budget})` : `MISSED (≤ ${r.budget})`)
  if (r.min !== undefined) out.push(r.value >= r.min ? `met (≥ ${r.min})` : `MISSED (≥ ${r.min})`)
  if (r.maxRatio !== undefined) {
    const ok = r.ratio !== undefined && Number.isFinite(r.ratio) && r.ratio <= r.maxRatio
    out.push(ok ? `met (≤ ${r.maxRatio} ×)` : `MISSED (≤ ${r.maxRatio} ×)`)
  }
  return out.join('; ')
}

const quietVerdict = (r: Row) =>
  r.quiet === undefined ? '' : `${r.value <= r.quiet ? 'within' : 'over'} ${r.quiet}`

const fmt = (r: Row, n: number) => (r.unit === 'score' ? round(n, 2) : round(n, 1))

export function printReport(rows: Row[], machine: string, runs = 1) {
  const table = rows.map((r) => ({
    scenario: r.scenario,
    value: fmt(r, r.value),
    ...(runs > 1 ? { 'min–max': r.spread ? r.spread.map((n) => fmt(r, n)).join('–') : '' } : {}),
    floor: r.floor === undefined ? '' : fmt(r, r.floor),
    ratio: r.ratio === undefined ? '' : `${round(r.ratio, 2)} ×`,
    ...(runs > 1
      ? { 'ratio min–max': r.ratioSpread ? r.ratioSpread.map((n) => round(n, 2)).join('–') : '' }
      : {}),
    budget: verdict(r),
    'quiet machine': quietVerdict(r),
    build: r.build,
  }))
  console.log(`\nCriteria Review Dashboard benchmark — ${machine}`)
  if (runs > 1) console.log(`Medians of ${runs} whole runs; min–max over the runs.`)
  console.table(table)
  const missed = rows.filter((r) => verdict(r).includes('MISSED'))
  console.log(missed.length ? `${missed.length} budget(s) missed.` : 'Every budget met.')
}
