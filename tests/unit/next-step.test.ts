import { describe, expect, it } from 'vitest'
import { nextStep } from '../../src/features/cases/detail/next-step.ts'

describe('the next step beside the case', () => {
  it('tells a director to decide, and a reviewer who decides', () => {
    expect(nextStep('medical-director', 'pending-md-review', 'not-medically-necessary')).toMatch(
      /^Decide this case/,
    )
    expect(nextStep('utilization-reviewer', 'pending-md-review', 'not-medically-necessary')).toBe(
      'Waiting for a medical director to decide. A reviewer never denies.',
    )
    expect(nextStep('utilization-reviewer', 'pending-md-review', 'criteria-met')).toMatch(
      /you may approve/,
    )
  })

  it('a pended case waits for information; a decided one is read-only', () => {
    expect(nextStep('medical-director', 'pended-for-information', 'not-covered-medicare')).toMatch(
      /^Pended for information/,
    )
    for (const status of ['approved', 'denied'] as const)
      expect(nextStep('utilization-reviewer', status, 'not-covered-medicare')).toMatch(/read-only/)
  })

  it('an appeal in review waits for a medical director; a case closed on appeal waits for no one', () => {
    expect(nextStep('medical-director', 'appeal-in-review', 'not-covered-medicare')).toMatch(
      /^Decide the appeal/,
    )
    expect(nextStep('utilization-reviewer', 'appeal-in-review', 'not-covered-medicare')).toBe(
      'Waiting for a medical director to decide the appeal.',
    )
    for (const status of [
      'approved-on-appeal',
      'denial-upheld',
      'forwarded-to-independent-review',
    ] as const)
      for (const role of ['medical-director', 'utilization-reviewer'] as const)
        expect(nextStep(role, status, 'not-covered-medicare')).toBe(
          'Decided on appeal. The decision is final and the case is read-only.',
        )
  })

  it('a case the provider withdrew says so, not that it was decided', () => {
    for (const role of ['medical-director', 'utilization-reviewer'] as const)
      expect(nextStep(role, 'withdrawn', 'criteria-met')).toBe(
        'Withdrawn by the requesting provider before a decision. Nothing waits; the case is read-only.',
      )
  })
})
