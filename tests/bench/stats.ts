import type { Row } from './report.ts'

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

export const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits
export const kb = (bytes: number) => round(bytes / 1024, 1)

/** A row with its floor: the ratio is the figure over the floor, in the same run. */
export const withFloor = (row: Row, floor: number): Row => ({
  ...row,
  floor,
  ratio: row.value / floor,
})

/**
 * N whole runs to one table: each scenario's median value, floor and ratio (the median of
 * each run's own ratio, so a slow run is compared with its own floor), with the spread.
 * Rows are matched by scenario and build; the first run's order is kept.
 */
export function aggregateRuns(runs: Row[][]): Row[] {
  const key = (r: Row) => `${r.scenario}\u0000${r.build}`
  const first = runs[0] ?? []
  return first.map((row) => {
    const same = runs.map((run) => run.find((r) => key(r) === key(row))).filter((r) => !!r)
    const values = same.map((r) => r.value)
    const floors = same.flatMap((r) => (r.floor === undefined ? [] : [r.floor]))
    const ratios = same.flatMap((r) => (r.ratio === undefined ? [] : [r.ratio]))
    return {
      ...row,
      value: median(values),
      spread: [Math.min(...values), Math.max(...values)],
      ...(floors.length ? { floor: median(floors) } : {}),
      ...(ratios.length
        ? { ratio: median(ratios), ratioSpread: [Math.min(...ratios), Math.max(...ratios)] }
        : {}),
    }
  })
}
