import { verdict, type Row } from './report.ts'

/**
 * The seed call's answer, checked: a failed or short seed must stop the bench, never let
 * it time the 20 starting cases under a "10,000 cases" label.
 */
export function checkSeedAnswer(
  answer: { status: number; body: unknown },
  expectedTotal: number,
): void {
  if (answer.status !== 201)
    throw new Error(`seeding the worklist failed: HTTP ${answer.status}, not 201`)
  const total = (answer.body as { total?: unknown } | null)?.total
  // At least: the cases the submit scenario created before the seed are there too.
  if (typeof total !== 'number' || total < expectedTotal)
    throw new Error(`seeding the worklist left ${String(total)} cases, not ${expectedTotal}`)
}

/** The rows whose budget (upper, lower or ratio) was missed; the bench exits non-zero when there is any. */
export function missedBudgets(rows: Row[]): Row[] {
  return rows.filter((r) => verdict(r).includes('MISSED'))
}

/** The process exit code for a finished run: 1 when a budget was missed. */
export const exitCodeFor = (rows: Row[]) => (missedBudgets(rows).length ? 1 : 0)

/**
 * A scale row: the same scenario on more data over less, as a ratio with its budget
 * (a cost that does not grow with the data stays near 1).
 */
export function scaleRow(
  scenario: string,
  build: string,
  small: number,
  large: number,
  maxRatio: number,
): Row {
  return { scenario, build, value: large, floor: small, ratio: large / small, maxRatio, unit: 'ms' }
}
