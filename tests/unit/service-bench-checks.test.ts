import { describe, expect, it } from 'vitest'
import { checks, rows, type Measured } from '../../scripts/bench-service/report.ts'
import { repeat } from '../../scripts/bench-service/stats.ts'

const run = (figures: Record<string, number>, floors: Record<string, number>) => ({
  figures,
  floors,
})

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
      'PGlite case read: 100000 cases 7.00 vs 1000 cases 4.00 = 1.75 × (≤ 1.5 ×)',
      'PGlite case read at 100000 cases: 3.50 × its floor (≤ 3 ×)',
    ])
  })

  it('holds 20 decisions at once to 5 × one, or to the floor’s own ratio where the database is serial', () => {
    const at = (store: string, twenty: number, twentyFloor: number): Measured => ({
      ...{ store, cases: 1000 },
      runs: [
        run(
          { decision: 10, '20 decisions at once': twenty },
          { decision: 4, '20 decisions at once': twentyFloor },
        ),
      ],
    })
    const verdict = (m: Measured) => checks(rows([m])).find((c) => c.text.includes('one decision'))!
    // Postgres: the bare SQL runs side by side (20 at once in 2 × one), so 5 × holds.
    expect(verdict(at('Postgres', 49, 8)).ok).toBe(true)
    expect(verdict(at('Postgres', 51, 8)).ok).toBe(false)
    // PGlite: the bare SQL itself takes 40 × one (one connection); the service may too, no more.
    expect(verdict(at('PGlite', 390, 160)).ok).toBe(true)
    expect(verdict(at('PGlite', 420, 160)).text).toMatch(
      /42\.00 × one decision \(≤ 40\.00 ×, the floor's own ratio\)/,
    )
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
