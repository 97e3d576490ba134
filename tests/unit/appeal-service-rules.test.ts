import { describe, expect, it } from 'vitest'
import { prolotherapySclerotherapy } from '../../service/data/prolotherapy-sclerotherapy.ts'
import { determine } from '../../service/engine/determination.ts'
import {
  asFirstDecision,
  denialOf,
  DIFFERENT_PHYSICIAN_RULE,
  parseAppeal,
  parseAppealDecision,
  refuseAppeal,
  refuseAppealDecision,
} from '../../service/cases/appeal-rules.ts'
import type { AppealDecisionInput, Decision, StoredCase } from '../../src/api/schemas/case.ts'
import type { User } from '../../src/api/schemas/user.ts'
import { decisionMessages } from '../../src/domain/decision-rules.ts'
import { caseInput } from '../support/factories.ts'

const now = new Date('2026-11-27T18:00:00Z')
const deniedAt = '2026-11-20T18:00:00.000Z'
const md = (id: string): User => ({
  id,
  name: `Dr. ${id}`,
  role: 'medical-director',
  credentials: 'MD',
  specialty: null,
})
const denier = md('u-md-1')
const other = md('u-md-2')
const body = (over: Record<string, unknown> = {}) => ({
  requestedBy: 'member',
  receivedAt: '2026-11-27T17:30:00.000Z',
  urgency: 'standard',
  channel: 'mail',
  reasonGiven: '  The member disagrees.  ',
  ...over,
})
const decision = (id: string, action: Decision['action']) => ({ id, action }) as Decision
// Only the fields the rules read: they are pure functions over a stored case.
const storedCase = (over: Partial<StoredCase> = {}) =>
  ({
    status: 'denied',
    appeal: null,
    decisions: [],
    determination: determine({
      input: caseInput(),
      library: [prolotherapySclerotherapy],
      now,
      id: 'det-1',
    }),
    ...over,
  }) as StoredCase
const inReview = (over: Partial<StoredCase> = {}) =>
  storedCase({
    status: 'appeal-in-review',
    appeal: { deniedBy: denier } as StoredCase['appeal'],
    ...over,
  })
const approval: AppealDecisionInput = { action: 'approve', rationale: 'Met on appeal.' }

describe('the denial an appeal is about', () => {
  it('is the last deny decision on the case', () => {
    const c = storedCase({
      decisions: [decision('a', 'deny'), decision('b', 'pend'), decision('c', 'deny')],
    })
    expect(denialOf(c)?.id).toBe('c')
    expect(c.decisions.map((d) => d.id)).toEqual(['a', 'b', 'c'])
    expect(denialOf(storedCase({ decisions: [decision('a', 'approve')] }))).toBeUndefined()
  })
})

describe('parseAppeal: a POST /cases/{id}/appeal body', () => {
  it('reads a complete body into the recorded appeal', () => {
    expect(parseAppeal(body(), now, deniedAt)).toEqual({
      ok: true,
      value: {
        requestedBy: 'member',
        receivedAt: '2026-11-27T17:30:00.000Z',
        urgency: 'standard',
        channel: 'mail',
        reasonGiven: 'The member disagrees.',
      },
    })
  })
  it('a missing received time asks for it; a non-date asks for a real one', () => {
    expect(parseAppeal(body({ receivedAt: undefined }), now, deniedAt)).toEqual({
      ok: false,
      errors: { receivedAt: ['Enter when the appeal was received'] },
    })
    for (const receivedAt of ['yesterday', '2026-02-30T10:00:00.000Z', 42])
      expect(parseAppeal(body({ receivedAt }), now, deniedAt)).toEqual({
        ok: false,
        errors: {
          receivedAt: [
            receivedAt === 42
              ? 'Enter when the appeal was received'
              : 'Appeal received must be a real date and time',
          ],
        },
      })
  })
  it('a body that is not an object answers every field', () => {
    for (const b of [null, [body()], 'appeal']) {
      const parsed = parseAppeal(b, now, deniedAt)
      expect(parsed.ok).toBe(false)
      if (!parsed.ok)
        expect(Object.keys(parsed.errors).sort()).toEqual([
          'channel',
          'reasonGiven',
          'receivedAt',
          'requestedBy',
          'urgency',
        ])
    }
  })
  it('fields of the wrong type are read as empty', () => {
    const parsed = parseAppeal(body({ requestedBy: 1, reasonGiven: ['x'] }), now, deniedAt)
    expect(parsed).toEqual({
      ok: false,
      errors: {
        requestedBy: ['Select who asked for the appeal'],
        reasonGiven: ['Enter the reason given for the appeal'],
      },
    })
  })
  it('keeps the late-entry and good-cause notes when they say something', () => {
    const late = body({
      receivedAt: '2026-11-26T09:00:00.000Z',
      backdateReason: ' Fax found late ',
      goodCauseNote: ' In hospital ',
    })
    expect(parseAppeal(late, now, deniedAt)).toMatchObject({
      ok: true,
      value: { backdateReason: 'Fax found late', goodCauseNote: 'In hospital' },
    })
  })
})

describe('refuseAppeal: only a denied case, once', () => {
  it('a denied case without an appeal may be appealed', () => {
    expect(refuseAppeal(storedCase())).toBeNull()
  })
  it('a second appeal, or a case not denied, is a 409 naming the status', () => {
    expect(refuseAppeal(inReview())).toEqual({
      status: 409,
      detail: 'Only a denied case can be appealed. This case is \u201cAppeal in review\u201d.',
    })
    expect(refuseAppeal(storedCase({ appeal: inReview().appeal }))).toMatchObject({ status: 409 })
    expect(refuseAppeal(storedCase({ status: 'approved' }))?.detail).toContain('Approved')
  })
})

describe('the appeal decision', () => {
  it('upholding is denying again; approving is approving', () => {
    expect(asFirstDecision({ ...approval, action: 'uphold' }).action).toBe('deny')
    expect(asFirstDecision(approval)).toEqual({ action: 'approve', rationale: 'Met on appeal.' })
  })
  it('parses approve and uphold with the first decision’s words', () => {
    expect(parseAppealDecision({ action: 'uphold', rationale: ' still ' })).toMatchObject({
      ok: true,
      value: { action: 'uphold', rationale: 'still' },
    })
    expect(parseAppealDecision({ action: 'approve', rationale: 'ok' })).toMatchObject({
      ok: true,
      value: { action: 'approve' },
    })
  })
  it('refuses another action, and names the wrong words too', () => {
    expect(parseAppealDecision({ action: 'deny', rationale: 'x' })).toEqual({
      ok: false,
      errors: { action: ['Choose approve on appeal or uphold the denial'] },
    })
    expect(parseAppealDecision({ action: 'uphold', rationale: 3 })).toEqual({
      ok: false,
      errors: { rationale: ['Rationale must be text'] },
    })
    expect(parseAppealDecision('uphold')).toEqual({
      ok: false,
      errors: { action: ['Choose approve on appeal or uphold the denial'] },
    })
  })

  it('needs an appeal waiting', () => {
    const waiting = { status: 409, detail: 'This case has no appeal waiting for a decision.' }
    expect(refuseAppealDecision(approval, other, storedCase())).toEqual(waiting)
    expect(refuseAppealDecision(approval, other, inReview({ appeal: null }))).toEqual(waiting)
    // Decided already: the appeal is on file, but no longer waiting.
    expect(refuseAppealDecision(approval, other, inReview({ status: 'denial-upheld' }))).toEqual(
      waiting,
    )
  })
  it('needs a medical director other than the one who denied', () => {
    const reviewer: User = { ...other, role: 'utilization-reviewer' }
    expect(refuseAppealDecision(approval, reviewer, inReview())).toEqual({
      status: 403,
      detail: 'Only a medical director may decide an appeal.',
    })
    expect(refuseAppealDecision(approval, denier, inReview())).toEqual({
      status: 403,
      detail: DIFFERENT_PHYSICIAN_RULE,
    })
  })
  it('then judges it by the first decision’s rules, as the open case it was', () => {
    expect(refuseAppealDecision(approval, other, inReview())).toBeNull()
    // An upheld denial needs what any denial needs: here, a criterion.
    expect(
      refuseAppealDecision({ action: 'uphold', rationale: 'Still not met.' }, other, inReview()),
    ).toMatchObject({ status: 400, errors: { criterion: [decisionMessages.criterion] } })
  })
})
