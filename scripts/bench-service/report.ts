import type { Exchange } from './http-floor.ts'
import { median } from './stats.ts'

type Figures = Partial<Record<string, number>>
/**
 * One store at one size: each run's figures and floors (same keys), as measured. A floor
 * is its SQL part (floors.ts) plus its HTTP part (http-floor.ts), both kept for the table.
 */
export type Measured = {
  store: string
  cases: number
  /** The database runs in the service's own thread, one statement at a time (PGlite). */
  serial?: boolean
  runs: {
    figures: Figures
    floors: Figures
    sqlFloors?: Figures
    httpFloors?: Figures
    exchanges?: Record<string, Exchange>
  }[]
}

export const MEMORY = 'memory (RSS, MiB)'
/** Printed for reading, never budgeted (the start includes compiling TypeScript with tsx). */
const INFO_ONLY = new Set([
  'first worklist page after start',
  'memory peak (VmHWM, MiB)',
  'service start to listening',
])
/** Each figure within this many times its floor (each run's ratio against its own floor). */
const FLOOR_BUDGET = 3
/** At the largest size, each figure within this many times the same at the smallest size. */
const GROWTH_BUDGET = 1.5
const MEMORY_GROWTH_BUDGET = 1.3
const CONCURRENT_BUDGET = 5

export type Row = {
  store: string
  cases: number
  serial?: boolean
  figure: string
  value: number
  min: number
  max: number
  /** Each run's value, in run order (undefined where a run has none). */
  runs: (number | undefined)[]
  floor: number | null
  /** The floor's SQL part (the rest is one bare HTTP exchange of the same size). */
  sqlFloor: number | null
  ratio: number | null
}

export function rows(all: Measured[]): Row[] {
  const out: Row[] = []
  for (const m of all) {
    const names = [...new Set(m.runs.flatMap((r) => Object.keys(r.figures)))]
    for (const figure of names) {
      const values = m.runs.map((r) => r.figures[figure]).filter((v) => v !== undefined)
      const floors = m.runs.map((r) => r.floors[figure]).filter((v) => v !== undefined)
      const sqlFloors = m.runs.map((r) => r.sqlFloors?.[figure]).filter((v) => v !== undefined)
      const ratios = m.runs
        .map((r) => {
          const v = r.figures[figure]
          const fl = r.floors[figure]
          return v !== undefined && fl ? v / fl : undefined
        })
        .filter((v) => v !== undefined)
      out.push({
        ...{ store: m.store, cases: m.cases, figure, serial: !!m.serial },
        ...{ value: median(values), min: Math.min(...values), max: Math.max(...values) },
        runs: m.runs.map((r) => r.figures[figure]),
        floor: floors.length ? median(floors) : null,
        sqlFloor: sqlFloors.length ? median(sqlFloors) : null,
        ratio: ratios.length ? median(ratios) : null,
      })
    }
  }
  return out
}

const fmt = (v: number) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2))

export function table(all: Row[], runs: number): string {
  const head = [
    'store',
    'cases',
    'figure',
    runs > 1 ? `median of ${runs} (min–max)` : 'value',
    'floor',
    'of which SQL',
    'ratio',
  ]
  const lines = all.map((r) => {
    const unit = r.figure.includes('MiB') ? ' MiB' : ' ms'
    const spread = runs > 1 ? ` (${fmt(r.min)}–${fmt(r.max)})` : ''
    return [
      r.store,
      String(r.cases),
      r.figure,
      `${fmt(r.value)}${unit}${spread}`,
      r.floor === null ? '' : `${fmt(r.floor)} ms`,
      r.sqlFloor === null ? '' : `${fmt(r.sqlFloor)} ms`,
      r.ratio === null ? '' : `${r.ratio.toFixed(2)} ×`,
    ]
  })
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)))
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ')
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(line)].join('\n')
}

export type Check = { text: string; ok: boolean }

/** The budgets of issue 27, per store: growth from the smallest to the largest size, floor ratios, concurrency. */
export function checks(all: Row[]): Check[] {
  const out: Check[] = []
  for (const store of [...new Set(all.map((r) => r.store))]) {
    const mine = all.filter((r) => r.store === store)
    const sizes = [...new Set(mine.map((r) => r.cases))].sort((a, b) => a - b)
    const small = sizes[0]!
    const large = sizes.at(-1)!
    const at = (n: number, figure: string) => mine.find((r) => r.cases === n && r.figure === figure)
    for (const r of mine.filter((r) => r.cases === large && !INFO_ONLY.has(r.figure))) {
      const base = at(small, r.figure)
      const isMemory = r.figure === MEMORY
      if (large !== small && base) {
        const limit = isMemory ? MEMORY_GROWTH_BUDGET : GROWTH_BUDGET
        const growth = pairedGrowth(r, base)
        out.push({
          text: `${store} ${r.figure}: ${large} cases ${fmt(r.value)} vs ${small} cases ${fmt(base.value)}, each run's ratio ${growth.each} → median ${growth.median.toFixed(2)} × (≤ ${limit} ×)`,
          ok: growth.median <= limit,
        })
      }
      if (r.ratio !== null)
        out.push({
          text: `${store} ${r.figure} at ${large} cases: ${r.ratio.toFixed(2)} × its floor (≤ ${FLOOR_BUDGET} ×)`,
          ok: r.ratio <= FLOOR_BUDGET,
        })
    }
    for (const n of sizes) {
      const one = at(n, 'decision')
      const twenty = at(n, '20 decisions at once')
      if (one && twenty) {
        const ratio = twenty.value / one.value
        const floorRatio = one.floor && twenty.floor ? twenty.floor / one.floor : 0
        // Where even the bare SQL cannot run 20 decisions within 5 × one (two cores: its
        // statements and commits queue for the CPU; PGlite runs one statement at a time),
        // the budget is what a service with no lock of its own can do in one Node process:
        // the bare SQL's 20 at once, plus the service's own part of a decision (its time
        // beyond the floor's) 20 times over, one after another, as one process runs its own
        // code on one thread. A lock held across a decision's SQL makes 20 take 20 × one,
        // which is over this wherever the database runs anything side by side. A database
        // in the service's own thread (PGlite) runs the SQL there too, one statement after
        // another: its 20 at once are 20 × one (the floor's own overlap with its HTTP part,
        // in another process, is not the service's to have), so the bound is 20 × one.
        const serialSql = floorRatio > CONCURRENT_BUDGET && one.floor && twenty.floor
        const own = serialSql ? Math.max(0, one.value - one.floor!) : 0
        const sqlTwenty = twenty.serial ? 20 * one.floor! : twenty.floor!
        const limit = serialSql ? sqlTwenty + 20 * own : CONCURRENT_BUDGET * one.value
        const sqlPart = twenty.serial
          ? `20 × the bare SQL's one ${fmt(one.floor!)} ms, in the service's thread`
          : `the bare SQL's 20 at once ${fmt(twenty.floor!)} ms`
        const why = serialSql
          ? `: ${sqlPart} + 20 × the service's own ${fmt(own)} ms; the floor took ${floorRatio.toFixed(2)} × one`
          : ` = ${CONCURRENT_BUDGET} × one`
        out.push({
          text: `${store} 20 decisions at once at ${n} cases: ${fmt(twenty.value)} ms, ${ratio.toFixed(2)} × one decision (≤ ${fmt(limit)} ms${why})`,
          ok: twenty.value <= limit,
        })
      }
    }
  }
  return out
}

/**
 * The growth from the smallest size to the largest, run by run: the sizes of one run are
 * measured one after the other (bench-service.ts), so each run's ratio compares figures
 * taken minutes apart on the same machine; the budget is on their median. (Without runs
 * in step, the ratio of the two medians.)
 */
function pairedGrowth(large: Row, small: Row): { median: number; each: string } {
  const ratios = large.runs.flatMap((v, i) => {
    const b = small.runs[i]
    return v !== undefined && b ? [v / b] : []
  })
  if (!ratios.length) return { median: large.value / small.value, each: '—' }
  return { median: median(ratios), each: ratios.map((x) => x.toFixed(2)).join(' / ') }
}
