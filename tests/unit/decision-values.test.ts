import { describe, expect, it } from 'vitest'
import { emptyDecision, validateDecision } from '../../src/features/review/decision-values.ts'

const emoji = (n: number) => '😀'.repeat(n) // one code point, two UTF-16 units each

describe('the decision form’s 4,000-character limit (code points, as the case rules count)', () => {
  it('accepts 4,000 emoji and refuses 4,001, in each field the action sends', () => {
    const deny = { ...emptyDecision('Criterion'), action: 'deny' as const, memberReason: 'Why' }
    expect(validateDecision({ ...deny, rationale: emoji(4000) })).toEqual({})
    expect(validateDecision({ ...deny, rationale: emoji(4001) })).toEqual({
      rationale: 'Rationale must be 4,000 characters or fewer',
    })
    expect(validateDecision({ ...deny, rationale: 'R', memberReason: emoji(4001) })).toEqual({
      memberReason: 'Reason specific to the member must be 4,000 characters or fewer',
    })
    const pend = { ...emptyDecision(''), action: 'pend' as const, rationale: 'R' }
    expect(validateDecision({ ...pend, informationNeeded: emoji(4000) })).toEqual({})
    expect(validateDecision({ ...pend, informationNeeded: emoji(4001) })).toEqual({
      informationNeeded: 'Information needed must be 4,000 characters or fewer',
    })
  })

  it('does not check a field the chosen action does not send', () => {
    const approve = { ...emptyDecision(''), action: 'approve' as const, rationale: 'R' }
    expect(validateDecision({ ...approve, memberReason: emoji(4001) })).toEqual({})
  })
})
