import { describe, expect, it } from 'vitest'
import { countTicks } from '../../src/features/metrics/chart-ticks.ts'

describe('the value axis of a count chart', () => {
  it('labels whole steps of 1, 2 or 5 × a power of ten up to the first at or above the maximum', () => {
    expect(countTicks(47)).toEqual([0, 10, 20, 30, 40, 50])
    expect(countTicks(7)).toEqual([0, 2, 4, 6, 8])
    expect(countTicks(120)).toEqual([0, 50, 100, 150])
    expect(countTicks(1000)).toEqual([0, 200, 400, 600, 800, 1000])
  })
  it('never splits a count: small maxima step by one', () => {
    expect(countTicks(1)).toEqual([0, 1])
    expect(countTicks(3)).toEqual([0, 1, 2, 3])
  })
  it('an empty chart still has an axis from 0 to 1', () => {
    expect(countTicks(0)).toEqual([0, 1])
  })
  it('always ends at or above the maximum, with at most about twice the ticks asked for', () => {
    for (let max = 1; max <= 5000; max += 7) {
      const ticks = countTicks(max)
      expect(ticks.at(-1)).toBeGreaterThanOrEqual(max)
      expect(ticks.length).toBeLessThanOrEqual(11)
      expect(ticks.length).toBeGreaterThanOrEqual(2)
    }
  })
})
