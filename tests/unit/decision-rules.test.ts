import { describe, expect, it } from 'vitest'
import { prolotherapySclerotherapy } from '../../service/data/prolotherapy-sclerotherapy.ts'
import { determine } from '../../service/engine/determination.ts'
import type { CaseInput } from '../../src/api/schemas/case-fields.ts'
import type { Actor, DecisionInput } from '../../src/api/schemas/case.ts'
import { caseInput } from '../support/factories.ts'
import {
  citableRows,
  criterionTitle,
  decidingRef,
  pendCannotChangeOutcome,
  resolveCriterion,
} from '../../src/domain/decision-criteria.ts'
import {
  allowedActions,
  checkDecision,
  decisionMessages as m,
  type DecisionContext,
} from '../../src/domain/decision-rules.ts'

const now = new Date('2026-11-27T18:00:00Z')
const library = [prolotherapySclerotherapy]
const determinationFor = (over: Partial<CaseInput> = {}) =>
  determine({ input: caseInput(over), library, now, id: 'det-1' })
const md1: Actor = { id: 'u-md-1', name: 'Dr. A', role: 'medical-director', specialty: null }
const md2: Actor = { ...md1, id: 'u-md-2', name: 'Dr. B' }
const ctx = (over: Partial<DecisionContext> = {}): DecisionContext => ({
  status: 'pending-md-review',
  determination: determinationFor(),
  assignedTo: md1,
  decider: md1,
  ...over,
})
const policyId = 'prolotherapy-sclerotherapy'
const denial = (over: Partial<DecisionInput> = {}): DecisionInput => ({
  action: 'deny',
  rationale: 'Insufficient evidence under the non-Medicare criteria.',
  criterion: { policyId, criteriaSetId: 'non-medicare', rowId: 'any-indication' },
  memberReason: 'Studies do not show it helps.',
  peerToPeerOffered: true,
  ...over,
})
const INVISIBLE = ['\u200B\u200C\u200D', '\u0000', '\uFEFF \u2060', '\u3164', '\t\n ']

describe('which decisions the screen offers', () => {
  it('a medical director may deny, approve or pend any open case', () => {
    expect(
      allowedActions('medical-director', 'pending-md-review', 'not-medically-necessary'),
    ).toEqual(['deny', 'approve', 'pend'])
  })
  it('a reviewer may only approve what the criteria met; a final case is read-only', () => {
    expect(allowedActions('utilization-reviewer', 'pending-md-review', 'criteria-met')).toEqual([
      'approve',
    ])
    expect(allowedActions('utilization-reviewer', 'pending-md-review', 'no-criteria')).toEqual([])
    expect(allowedActions('medical-director', 'denied', 'no-criteria')).toEqual([])
  })
})

describe('the criterion a denial relies on', () => {
  it('Medicare Advantage offers the NCD 150.7 row, named in full, and no "None" row', () => {
    const d = determinationFor({ lineOfBusiness: 'medicare-advantage', groupFunding: undefined })
    const rows = citableRows(d)
    expect(rows.map((r) => r.id)).toEqual(['ncd'])
    expect(criterionTitle(rows[0]!)).toBe(
      'National Coverage Determination (NCD) 150.7: Prolotherapy, Joint Sclerotherapy, and Ligamentous Injections with Sclerosing Agents',
    )
  })
  it('other lines offer the "for ANY indication" row, recorded with its quoted words and source', () => {
    const rec = resolveCriterion(determinationFor(), denial().criterion!)
    expect(rec?.title).toBe('Prolotherapy/Sclerotherapy for ANY indication')
    expect(rec?.source).toBe('Prolotherapy/Sclerotherapy, For Non-Medicare Members')
    expect(rec?.quoted.join('')).toMatch(/^There is insufficient evidence in the published/)
  })
  it('a Medicare Advantage denial citing the non-Medicare row is refused (422, field error)', () => {
    const d = determinationFor({ lineOfBusiness: 'medicare-advantage', groupFunding: undefined })
    const refusal = checkDecision(denial(), ctx({ determination: d }))
    expect(refusal).toMatchObject({ status: 422, errors: { criterion: [m.criterionOtherSet] } })
  })
  it('a criterion of another policy, or a "None" row, is refused', () => {
    const other = {
      policyId: 'other',
      criteriaSetId: 'non-medicare',
      rowId: 'any-indication',
    } as const
    expect(checkDecision(denial({ criterion: other }), ctx())?.status).toBe(422)
    const d = determinationFor({ lineOfBusiness: 'medicare-advantage', groupFunding: undefined })
    const none = { policyId, criteriaSetId: 'medicare', rowId: 'lcd' } as const
    expect(checkDecision(denial({ criterion: none }), ctx({ determination: d }))?.status).toBe(422)
  })
  it('only "No criteria on file" takes a written basis', () => {
    const d = determinationFor({ serviceCode: '20550' })
    expect(
      checkDecision(
        denial({ criterion: undefined, writtenBasis: 'Not shown to help.' }),
        ctx({ determination: d }),
      ),
    ).toBeNull()
    expect(
      checkDecision(denial({ criterion: undefined }), ctx({ determination: d }))?.errors,
    ).toEqual({
      writtenBasis: [m.writtenBasis],
    })
    expect(checkDecision(denial({ criterion: undefined }), ctx())?.errors).toEqual({
      criterion: [m.criterion],
    })
  })
})

describe('the answers a decision needs', () => {
  it('a denial needs a peer-to-peer answer: no default (400)', () => {
    const refusal = checkDecision(denial({ peerToPeerOffered: undefined }), ctx())
    expect(refusal).toMatchObject({
      status: 400,
      errors: { peerToPeerOffered: [m.peerToPeerOffered] },
    })
    expect(checkDecision(denial({ peerToPeerOffered: false }), ctx())).toBeNull()
  })
  it('a pend needs a list with at least one visible item', () => {
    const pend = { action: 'pend', rationale: 'Need it.' } as const
    expect(checkDecision({ ...pend, informationNeeded: [] }, ctx())?.errors).toEqual({
      informationNeeded: [m.informationNeeded],
    })
    expect(checkDecision({ ...pend, informationNeeded: ['\u200B'] }, ctx())?.status).toBe(400)
    expect(checkDecision({ ...pend, informationNeeded: ['Operative note'] }, ctx())).toBeNull()
  })
  it('invisible text is no text: rationale, member reason, written basis', () => {
    for (const blank of INVISIBLE) {
      expect(checkDecision(denial({ rationale: blank }), ctx())?.errors).toEqual({
        rationale: [m.rationale],
      })
      expect(checkDecision(denial({ memberReason: blank }), ctx())?.errors).toEqual({
        memberReason: [m.memberReason],
      })
      const d = determinationFor({ serviceCode: '20550' })
      expect(
        checkDecision(
          denial({ criterion: undefined, writtenBasis: blank }),
          ctx({ determination: d }),
        )?.errors,
      ).toEqual({ writtenBasis: [m.writtenBasis] })
    }
  })
})

describe('who decides', () => {
  it('the assignee decides; another director only by taking it over with a reason (403)', () => {
    const refusal = checkDecision(denial(), ctx({ decider: md2 }))
    expect(refusal?.status).toBe(403)
    expect(refusal?.detail).toMatch(/assigned to Dr\. A\. .*taking it over with a reason/)
    expect(checkDecision(denial({ takeOverReason: '\u200B' }), ctx({ decider: md2 }))?.status).toBe(
      403,
    )
    expect(
      checkDecision(denial({ takeOverReason: 'Dr. A is on leave.' }), ctx({ decider: md2 })),
    ).toBeNull()
  })
  it('an unassigned case may be decided by any director; a final one by none (409)', () => {
    expect(checkDecision(denial(), ctx({ decider: md2, assignedTo: null }))).toBeNull()
    expect(checkDecision(denial(), ctx({ status: 'denied' }))?.status).toBe(409)
  })
  it('a reviewer may not deny (403)', () => {
    const reviewer = { id: 'u-rev-1', role: 'utilization-reviewer' } as const
    expect(checkDecision(denial(), ctx({ decider: reviewer }))?.status).toBe(403)
  })
})

describe('pend on a blanket criteria set', () => {
  it('warns for both sets of the source policy, not when no criteria are on file', () => {
    expect(pendCannotChangeOutcome(determinationFor())).toBe(true)
    expect(
      pendCannotChangeOutcome(
        determinationFor({ lineOfBusiness: 'medicare-advantage', groupFunding: undefined }),
      ),
    ).toBe(true)
    expect(pendCannotChangeOutcome(determinationFor({ serviceCode: '20550' }))).toBe(false)
  })
})

describe('the 4,000-character limit (code points, as the case rules count)', () => {
  const emoji = (n: number) => '😀'.repeat(n) // one code point, two UTF-16 units
  it('accepts 4,000 emoji and refuses 4,001, in every text a decision sends', () => {
    expect(checkDecision(denial({ rationale: emoji(4000) }), ctx())).toBeNull()
    expect(checkDecision(denial({ rationale: emoji(4001) }), ctx())?.errors).toEqual({
      rationale: ['Rationale must be 4,000 characters or fewer'],
    })
    expect(checkDecision(denial({ memberReason: emoji(4001) }), ctx())?.errors).toEqual({
      memberReason: ['Reason specific to the member must be 4,000 characters or fewer'],
    })
    const pend = (items: string[]): DecisionInput => ({
      action: 'pend',
      rationale: 'R',
      informationNeeded: items,
    })
    expect(checkDecision(pend(['a', emoji(4000)]), ctx())).toBeNull()
    expect(checkDecision(pend(['a', emoji(4001)]), ctx())?.errors).toEqual({
      informationNeeded: ['Each item of information needed must be 4,000 characters or fewer'],
    })
  })

  it('says in its detail whether answers are missing, too long, or both', () => {
    const long = checkDecision(denial({ rationale: emoji(4001), memberReason: emoji(4001) }), ctx())
    expect(long).toMatchObject({ status: 400, detail: m.tooLong })
    expect(m.tooLong).toBe('Some answers of the decision are longer than 4,000 characters.')
    const both = checkDecision(denial({ rationale: emoji(4001), memberReason: ' ' }), ctx())
    expect(both).toMatchObject({ status: 400, detail: m.missingAndTooLong })
    expect(m.missingAndTooLong).toBe(
      'The decision is missing required answers, and some are longer than 4,000 characters.',
    )
    const missing = checkDecision(denial({ memberReason: ' ' }), ctx())
    expect(missing).toMatchObject({ status: 400, detail: m.missing })
  })
})

describe('the criterion offered first, and whether a pend can change the outcome', () => {
  it('offers the row that decided, of the set the determination applied', () => {
    expect(decidingRef(determinationFor())).toEqual({
      policyId,
      criteriaSetId: 'non-medicare',
      rowId: 'any-indication',
    })
    const ma = determinationFor({ lineOfBusiness: 'medicare-advantage', groupFunding: undefined })
    expect(decidingRef(ma)).toEqual({ policyId, criteriaSetId: 'medicare', rowId: 'ncd' })
  })
  it('a determination with no policy offers no row, and a pend could change it', () => {
    const none = determinationFor({ serviceCode: 'Z9999' })
    expect(none.policy).toBeNull()
    expect(citableRows(none)).toEqual([])
    expect(decidingRef(none)).toBeNull()
    expect(pendCannotChangeOutcome(none)).toBe(false)
    expect(pendCannotChangeOutcome(determinationFor())).toBe(true)
    expect(pendCannotChangeOutcome({ ...determinationFor(), outcome: 'criteria-met' })).toBe(false)
  })
  it('a reference to another policy or set resolves to nothing', () => {
    const d = determinationFor()
    const ref = { policyId, criteriaSetId: 'non-medicare' as const, rowId: 'any-indication' }
    expect(resolveCriterion(d, ref)).not.toBeNull()
    expect(resolveCriterion(d, { ...ref, policyId: 'other' })).toBeNull()
    expect(resolveCriterion(d, { ...ref, criteriaSetId: 'medicare' })).toBeNull()
    expect(resolveCriterion(determinationFor({ serviceCode: 'Z9999' }), ref)).toBeNull()
  })
})
