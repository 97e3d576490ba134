import { describe, expect, it } from 'vitest'
import { checkSeedAnswer, exitCodeFor, scaleRow } from '../bench/checks.ts'
import { aggregateRuns, withFloor } from '../bench/stats.ts'
import { verdict, type Row } from '../bench/report.ts'

const row = (over: Partial<Row>): Row => ({
  scenario: 's',
  build: 'b',
  value: 1,
  unit: 'ms',
  ...over,
})

describe('the bench fails loudly', () => {
  it('on a failed seed call, or one that left too few cases', () => {
    expect(() => checkSeedAnswer({ status: 500, body: { title: 'x' } }, 10_000)).toThrow(/HTTP 500/)
    expect(() => checkSeedAnswer({ status: 400, body: null }, 10_000)).toThrow(/HTTP 400/)
    expect(() => checkSeedAnswer({ status: 201, body: { total: 20 } }, 10_000)).toThrow(
      /left 20 cases, not 10000/,
    )
    expect(() => checkSeedAnswer({ status: 201, body: null }, 10_000)).toThrow(/not 10000/)
    expect(() => checkSeedAnswer({ status: 201, body: { total: 10_010 } }, 10_000)).not.toThrow()
  })

  it('exits non-zero when a budget (upper or lower) is missed, zero when all are met', () => {
    expect(exitCodeFor([row({ value: 40, budget: 50 }), row({ value: 0.99, min: 0.95 })])).toBe(0)
    expect(exitCodeFor([row({ value: 51, budget: 50 })])).toBe(1)
    expect(exitCodeFor([row({ value: 0.9, min: 0.95 })])).toBe(1)
    expect(exitCodeFor([row({ value: 9999 })])).toBe(0)
  })
})

describe('the bench reports ratios', () => {
  it('fails a run whose figure is over its ratio budget to the floor, or has no floor', () => {
    expect(exitCodeFor([withFloor(row({ value: 30, maxRatio: 2 }), 20)])).toBe(0)
    expect(exitCodeFor([withFloor(row({ value: 41, maxRatio: 2 }), 20)])).toBe(1)
    expect(exitCodeFor([row({ value: 41, maxRatio: 2 })])).toBe(1)
    expect(verdict(withFloor(row({ value: 41, maxRatio: 2 }), 20))).toBe('MISSED (≤ 2 ×)')
  })

  it('reports a quiet-machine budget without failing the run', () => {
    expect(exitCodeFor([row({ value: 80, quiet: 50 })])).toBe(0)
  })

  it('compares more data with less as a scale ratio', () => {
    const ok = scaleRow('s', 'b', 100, 120, 1.3)
    expect(ok.ratio).toBeCloseTo(1.2)
    expect(exitCodeFor([ok])).toBe(0)
    expect(exitCodeFor([scaleRow('s', 'b', 100, 140, 1.3)])).toBe(1)
  })

  it('takes the median and spread of whole runs, each ratio against its own run’s floor', () => {
    const run = (value: number, floor: number) => [
      withFloor(row({ scenario: 'filter', value, maxRatio: 2 }), floor),
      row({ scenario: 'size', value: 5, unit: 'KB' }),
    ]
    const [filter, size] = aggregateRuns([run(30, 20), run(90, 30), run(40, 10)])
    expect(filter).toMatchObject({ value: 40, spread: [30, 90], floor: 20, ratio: 3 })
    expect(filter!.ratioSpread).toEqual([1.5, 4])
    expect(exitCodeFor([filter!])).toBe(1)
    expect(size).toMatchObject({ value: 5, spread: [5, 5] })
    expect(size!.ratio).toBeUndefined()
  })
})
