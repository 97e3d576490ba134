import { describe, expect, it } from 'vitest'
import type { Determination } from '../../src/api/schemas/case.ts'
import {
  allowedActions,
  criterionFromDetermination,
} from '../../src/features/review/decision-rules.ts'

describe('which decisions the screen offers', () => {
  it('a medical director may deny, approve or pend any open case', () => {
    expect(
      allowedActions('medical-director', 'pending-md-review', 'not-medically-necessary'),
    ).toEqual(['deny', 'approve', 'pend'])
    expect(allowedActions('medical-director', 'pended-for-information', 'no-criteria')).toEqual([
      'deny',
      'approve',
      'pend',
    ])
  })
  it('a reviewer may only approve what the criteria met, and never deny or pend', () => {
    expect(allowedActions('utilization-reviewer', 'pending-md-review', 'criteria-met')).toEqual([
      'approve',
    ])
    for (const outcome of [
      'not-covered-medicare',
      'not-medically-necessary',
      'no-criteria',
    ] as const)
      expect(allowedActions('utilization-reviewer', 'pending-md-review', outcome)).toEqual([])
  })
  it('a final case is read-only for everyone', () => {
    for (const status of ['approved', 'denied'] as const) {
      expect(allowedActions('medical-director', status, 'not-medically-necessary')).toEqual([])
      expect(allowedActions('utilization-reviewer', status, 'criteria-met')).toEqual([])
    }
  })
})

describe('the criterion a denial relies on', () => {
  const set = {
    id: 'non-medicare' as const,
    heading: 'For Non-Medicare Members',
    columns: ['Service', 'Policy'] as [string, string],
    rows: [
      { id: 'a', label: ['Other'], policy: ['…'] },
      {
        id: 'b',
        label: ['Prolotherapy/', { text: 'Sclerotherapy', italic: true as const }],
        policy: ['…'],
        decides: true,
      },
    ],
  }
  it('is the criteria set heading and the deciding row, as plain text', () => {
    expect(criterionFromDetermination({ criteriaSet: set } as Determination)).toBe(
      'For Non-Medicare Members: Prolotherapy/Sclerotherapy',
    )
  })
  it('is empty when no criteria are on file', () => {
    expect(criterionFromDetermination({ criteriaSet: null } as Determination)).toBe('')
  })
})
