import { describe, expect, it } from 'vitest'
import { checks, rows, type Measured } from '../../scripts/bench-service/report.ts'
import { repeat } from '../../scripts/bench-service/stats.ts'

const run = (figures: Record<string, number>, floors: Record<string, number>) => ({
  figures,
  floors,
})

/** The check on 20 decisions at once against one. */
const verdict = (m: Measured) => checks(rows([m])).find((c) => c.text.includes('one decision'))!

describe('the service bench budgets', () => {
  it('passes figures within 3 × their floor and 1.5 × their size at 1,000', () => {
    const small: Measured = {
      ...{ store: 'Postgres', cases: 1000 },
      runs: [
        run(
          { 'case read': 4, decision: 10, '20 decisions at once': 40 },
          { 'case read': 2, decision: 5, '20 decisions at once': 20 },
        ),
      ],
    }
    const large: Measured = { ...small, cases: 100_000 }
    expect(checks(rows([small, large])).every((c) => c.ok)).toBe(true)
  })

  it('fails a figure that grew with the data, or left its floor behind', () => {
    const small: Measured = {
      ...{ store: 'PGlite', cases: 1000 },
      runs: [run({ 'case read': 4 }, { 'case read': 2 })],
    }
    const large: Measured = {
      ...small,
      runs: [run({ 'case read': 7 }, { 'case read': 2 })],
      cases: 100_000,
    }
    const failed = checks(rows([small, large]))
      .filter((c) => !c.ok)
      .map((c) => c.text)
    expect(failed).toEqual([
      "PGlite case read: 100000 cases 7.00 vs 1000 cases 4.00, each run's ratio 1.75 → median 1.75 × (≤ 1.5 ×)",
      'PGlite case read at 100000 cases: 3.50 × its floor (≤ 3 ×)',
    ])
  })

  it('holds 20 decisions at once to 5 × one, or where the bare SQL cannot, to its 20 plus the service’s own part 20 times', () => {
    const at = (store: string, twenty: number, twentyFloor: number): Measured => ({
      ...{ store, cases: 1000 },
      runs: [
        run(
          { decision: 10, '20 decisions at once': twenty },
          { decision: 4, '20 decisions at once': twentyFloor },
        ),
      ],
    })
    // The bare SQL runs them side by side (20 at once in 2 × one): 5 × holds.
    expect(verdict(at('Postgres', 49, 8)).ok).toBe(true)
    expect(verdict(at('Postgres', 51, 8))).toEqual({
      text: 'Postgres 20 decisions at once at 1000 cases: 51.0 ms, 5.10 × one decision (≤ 50.0 ms = 5 × one)',
      ok: false,
    })
    // The bare SQL takes 40 × one: 160 ms, plus 20 × the service's own 6 ms.
    expect(verdict(at('PGlite', 270, 160)).ok).toBe(true)
    expect(verdict(at('PGlite', 290, 160))).toEqual({
      text: "PGlite 20 decisions at once at 1000 cases: 290 ms, 29.00 × one decision (≤ 280 ms: the bare SQL's 20 at once 160 ms + 20 × the service's own 6.00 ms; the floor took 40.00 × one)",
      ok: false,
    })
  })

  it('catches a lock held across a decision’s SQL wherever the database runs some side by side', () => {
    const with20 = (twenty: number): Measured => ({
      ...{ store: 'Postgres', cases: 1000 },
      runs: [
        run(
          { decision: 10, '20 decisions at once': twenty },
          // The bare SQL: 4 ms alone, 20 at once in 60 ms (15 ×: two cores).
          { decision: 4, '20 decisions at once': 60 },
        ),
      ],
    })
    // No lock: the SQL overlaps, the service's own 6 ms a decision do not (one thread).
    expect(verdict(with20(150)).ok).toBe(true)
    // One at a time: 20 × the whole decision.
    expect(verdict(with20(200)).ok).toBe(false)
  })

  it('on a database in the service’s own thread (PGlite) the SQL runs one after another too: 20 × one', () => {
    const serial = (twenty: number): Measured => ({
      ...{ store: 'PGlite', cases: 1000, serial: true },
      runs: [
        run(
          { decision: 10, '20 decisions at once': twenty },
          // The floor's 20 at once overlap its HTTP part, in a process of its own: 15 ×.
          { decision: 4, '20 decisions at once': 60 },
        ),
      ],
    })
    expect(verdict(serial(190)).ok).toBe(true)
    expect(verdict(serial(210))).toEqual({
      text: "PGlite 20 decisions at once at 1000 cases: 210 ms, 21.00 × one decision (≤ 200 ms: 20 × the bare SQL's one 4.00 ms, in the service's thread + 20 × the service's own 6.00 ms; the floor took 15.00 × one)",
      ok: false,
    })
  })

  it('compares each run’s sizes with each other: a slow run of the large size alone does not decide', () => {
    const read = (values: number[], cases: number): Measured => ({
      ...{ store: 'Postgres', cases },
      runs: values.map((v) => run({ 'case read': v }, { 'case read': v / 2 })),
    })
    // Medians 10 against 4 (2.5 ×); run by run 1.25, 2.5 and 1.25: the median 1.25 × holds.
    const growth = checks(rows([read([4, 4, 8], 1000), read([5, 10, 10], 100_000)])).find((c) =>
      c.text.includes('vs 1000 cases'),
    )!
    expect(growth).toEqual({
      text: "Postgres case read: 100000 cases 10.0 vs 1000 cases 4.00, each run's ratio 1.25 / 2.50 / 1.25 → median 1.25 × (≤ 1.5 ×)",
      ok: true,
    })
    const worse = checks(rows([read([4, 4, 8], 1000), read([7, 10, 10], 100_000)])).find((c) =>
      c.text.includes('vs 1000 cases'),
    )!
    expect(worse.ok).toBe(false)
  })

  it('times `reps` calls after `warm` untimed ones, each call with an index of its own', async () => {
    const calls: number[] = []
    await repeat({ reps: 3, warm: 2 }, async (i) => {
      calls.push(i)
    })
    // The untimed calls first, from index `reps` on, so their cases and reads are not the
    // timed ones'.
    expect(calls).toEqual([3, 4, 0, 1, 2])
  })
})
