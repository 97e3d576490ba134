import { describe, expect, it } from 'vitest'
import { checkSeedAnswer, exitCodeFor } from '../bench/checks.ts'
import type { Row } from '../bench/report.ts'

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
