import { describe, expect, it } from 'vitest'
import { actorOf } from '../../service/cases/actor.ts'
import { applyDecision, decisionRecord } from '../../service/cases/decide.ts'
import { decidedOnTime, initialDecision, planYear } from '../../service/cases/initial-decision.ts'
import { demoUsers } from '../../service/data/users.ts'
import { seedDb } from '../../service/seed.ts'
import type { Decision, DecisionInput, StoredCase } from '../../src/api/schemas/case.ts'
import { decidingRef } from '../../src/domain/decision-criteria.ts'

const NOW = new Date('2026-11-20T17:00:00Z')
const user = (id: string) => actorOf(demoUsers.find((u) => u.id === id)!)

/** A fresh seeded db and its first pending case with a policy (assigned to a director). */
function pending(pick: (c: StoredCase) => boolean = () => true) {
  const db = seedDb(NOW)
  const c = Object.values(db.cases).find(
    (x) => x.status === 'pending-md-review' && x.determination.criteriaSet && pick(x),
  )!
  return { db, c }
}

const deny = (c: StoredCase, over: Partial<DecisionInput> = {}): DecisionInput => ({
  action: 'deny',
  rationale: 'Not supported by the criteria.',
  criterion: decidingRef(c.determination)!,
  writtenBasis: 'Basis in words',
  memberReason: 'The reason in plain words.',
  informationNeeded: ['Imaging report'],
  peerToPeerOffered: true,
  ...over,
})

describe('the decision record', () => {
  it('a denial keeps the criterion, the member reason and the peer-to-peer offer', () => {
    const { c } = pending()
    const md = user('u-md-1')
    const at = '2026-11-20T18:00:00.000Z'
    const d = decisionRecord(c, deny(c), md, at)
    expect(d.id).toMatch(/^dec-/)
    expect(d).toMatchObject({
      action: 'deny',
      rationale: 'Not supported by the criteria.',
      writtenBasis: null,
      memberReason: 'The reason in plain words.',
      informationNeeded: [],
      peerToPeerOffered: true,
      takeOverReason: null,
      decidedBy: md,
      decidedAt: at,
      noticesIssuedAt: at,
      onTime: true,
      pendLate: null,
    })
    expect(d.criterion).toMatchObject(decidingRef(c.determination)!)
    expect(d.criterion!.quoted).toBeTruthy()
  })

  it('a denial without a criterion keeps its written basis; absent answers are null', () => {
    const { c } = pending()
    const input = deny(c, { criterion: undefined })
    expect(decisionRecord(c, input, user('u-md-1'), NOW.toISOString())).toMatchObject({
      criterion: null,
      writtenBasis: 'Basis in words',
    })
    const bare: DecisionInput = { action: 'deny', rationale: 'r' }
    expect(decisionRecord(c, bare, user('u-md-1'), NOW.toISOString())).toMatchObject({
      criterion: null,
      writtenBasis: null,
      memberReason: null,
      peerToPeerOffered: null,
      informationNeeded: [],
    })
  })

  it('an approval keeps none of a denial’s answers', () => {
    const { c } = pending()
    const at = '2026-11-20T18:00:00.000Z'
    const d = decisionRecord(c, deny(c, { action: 'approve' }), user('u-md-1'), at)
    expect(d).toMatchObject({
      action: 'approve',
      criterion: null,
      writtenBasis: null,
      memberReason: null,
      informationNeeded: [],
      peerToPeerOffered: null,
      noticesIssuedAt: at,
      onTime: true,
      pendLate: null,
    })
  })

  it('a pend keeps the information asked for (blank lines dropped) and stops no clock', () => {
    const { c } = pending()
    const input = deny(c, { action: 'pend', informationNeeded: ['Imaging report', '  ', ''] })
    const d = decisionRecord(c, input, user('u-md-1'), NOW.toISOString())
    expect(d).toMatchObject({
      action: 'pend',
      criterion: null,
      writtenBasis: null,
      memberReason: null,
      peerToPeerOffered: null,
      informationNeeded: ['Imaging report'],
      noticesIssuedAt: null,
      onTime: null,
    })
    const none = decisionRecord(c, { action: 'pend', rationale: 'r' }, user('u-md-1'), 'x')
    expect(none.informationNeeded).toEqual([])
  })

  it('is on time at exactly the due time and late a millisecond after', () => {
    const { c } = pending()
    const due = c.turnaround.dueAt
    const after = new Date(Date.parse(due) + 1).toISOString()
    const before = new Date(Date.parse(due) - 1).toISOString()
    const input: DecisionInput = { action: 'approve', rationale: 'r' }
    expect(decisionRecord(c, input, user('u-md-1'), due).onTime).toBe(true)
    expect(decisionRecord(c, input, user('u-md-1'), before).onTime).toBe(true)
    expect(decisionRecord(c, input, user('u-md-1'), after).onTime).toBe(false)
  })

  it('a pend is late only after the ask-for-information time, and null where there is none', () => {
    const db = seedDb(NOW)
    const c = Object.values(db.cases).find((x) => x.turnaround.askForInformationBy)!
    const ask = c.turnaround.askForInformationBy!.dueAt
    const pend: DecisionInput = { action: 'pend', rationale: 'r' }
    const md = user('u-md-1')
    expect(decisionRecord(c, pend, md, ask).pendLate).toBe(false)
    expect(decisionRecord(c, pend, md, new Date(Date.parse(ask) - 1).toISOString()).pendLate).toBe(
      false,
    )
    expect(decisionRecord(c, pend, md, new Date(Date.parse(ask) + 1).toISOString()).pendLate).toBe(
      true,
    )
    const late = new Date(Date.parse(ask) + 1).toISOString()
    expect(decisionRecord(c, { action: 'approve', rationale: 'r' }, md, late).pendLate).toBe(null)
    const plain = Object.values(db.cases).find((x) => !x.turnaround.askForInformationBy)!
    expect(decisionRecord(plain, pend, md, late).pendLate).toBe(null)
  })

  it('keeps a take-over reason only when it has visible text', () => {
    const { c } = pending()
    const md = user('u-md-1')
    const rec = (takeOverReason?: string) =>
      decisionRecord(c, { action: 'approve', rationale: 'r', takeOverReason }, md, 'x')
    expect(rec('Covering for a colleague').takeOverReason).toBe('Covering for a colleague')
    expect(rec('   ').takeOverReason).toBe(null)
    expect(rec(undefined).takeOverReason).toBe(null)
  })
})

describe('applying a decision', () => {
  const trail = (db: ReturnType<typeof seedDb>, c: StoredCase) => db.audit[c.id] ?? []

  it('an approval by the assigned director closes the case and names them with their specialty', () => {
    const { db, c } = pending((x) => x.assignedTo?.id === 'u-md-1')
    const md = user('u-md-1')
    const before = trail(db, c).length
    const u = applyDecision(db, c, { action: 'approve', rationale: 'Meets it.' }, md, NOW)
    expect(u).toMatchObject({ version: c.version + 1, status: 'approved', assignedTo: null })
    expect(u.decisions).toHaveLength(c.decisions.length + 1)
    expect(u.decisions.at(-1)).toMatchObject({ action: 'approve', evidenceOpened: [] })
    expect(db.cases[c.id]).toBe(u)
    const events = trail(db, c).slice(before)
    expect(events).toHaveLength(1)
    expect(events[0]).toMatchObject({
      action: 'decision-approved',
      summary: `Approved by ${md.name} (${md.specialty})`,
      reason: 'Meets it.',
      actor: md,
      at: NOW.toISOString(),
    })
  })

  it('a director deciding another director’s case takes it over, with the reason', () => {
    const { db, c } = pending((x) => x.assignedTo?.id === 'u-md-2')
    const md = user('u-md-1')
    const before = trail(db, c).length
    const u = applyDecision(db, c, { ...deny(c), takeOverReason: 'Out sick' }, md, NOW)
    expect(u.status).toBe('denied')
    const events = trail(db, c).slice(before)
    expect(events.map((e) => e.action)).toEqual(['case-taken-over', 'decision-denied'])
    expect(events[0]).toMatchObject({
      summary: `Taken over from ${c.assignedTo!.name} by ${md.name}`,
      reason: 'Out sick',
    })
    expect(events[1]!.summary).toBe(`Denied by ${md.name} (${md.specialty})`)
    expect(db.letters[c.id]?.length).toBeGreaterThan(0)
  })

  it('a take-over without a reason records none', () => {
    const { db, c } = pending((x) => x.assignedTo?.id === 'u-md-2')
    applyDecision(db, c, { action: 'approve', rationale: 'r' }, user('u-md-1'), NOW)
    const over = trail(db, c).find((e) => e.action === 'case-taken-over')!
    expect(over.reason).toBe(null)
  })

  it('a pend by another director moves the case to their queue', () => {
    const { db, c } = pending((x) => x.assignedTo?.id === 'u-md-2')
    const md = user('u-md-1')
    const u = applyDecision(db, c, { action: 'pend', rationale: 'Need more' }, md, NOW)
    expect(u.status).toBe('pended-for-information')
    expect(u.assignedTo).toEqual(md)
    expect(trail(db, c).at(-1)).toMatchObject({
      action: 'decision-pended',
      summary: `Pended for information by ${md.name} (${md.specialty})`,
    })
  })

  it('a pend by a reviewer keeps the case with its director; the reviewer is named alone', () => {
    const { db, c } = pending((x) => x.assignedTo?.id === 'u-md-2')
    const rev = user('u-rev-1')
    const before = trail(db, c).length
    const u = applyDecision(db, c, { action: 'pend', rationale: 'Need more' }, rev, NOW)
    expect(u.assignedTo).toEqual(c.assignedTo)
    const events = trail(db, c).slice(before)
    expect(events.map((e) => e.action)).toEqual(['decision-pended'])
    expect(events[0]!.summary).toBe(`Pended for information by ${rev.name}`)
  })

  it('a pend by the assigned director keeps the assignment as the case recorded it', () => {
    const { db, c } = pending((x) => x.assignedTo?.id === 'u-md-1')
    const recorded = { ...c.assignedTo!, credentials: 'MD (as assigned)' }
    const held = { ...c, assignedTo: recorded }
    const u = applyDecision(db, held, { action: 'pend', rationale: 'r' }, user('u-md-1'), NOW)
    expect(u.assignedTo).toBe(recorded)
  })

  it('a pend of an unassigned case joins the deciding director’s queue; a reviewer’s stays unassigned', () => {
    const { db, c } = pending()
    const open = { ...c, assignedTo: null }
    const md = user('u-md-2')
    expect(applyDecision(db, open, { action: 'pend', rationale: 'r' }, md, NOW).assignedTo).toEqual(
      md,
    )
    expect(trail(db, c).some((e) => e.action === 'case-taken-over')).toBe(false)
    const again = pending()
    const open2 = { ...again.c, assignedTo: null }
    const rev = user('u-rev-2')
    expect(
      applyDecision(again.db, open2, { action: 'pend', rationale: 'r' }, rev, NOW).assignedTo,
    ).toBe(null)
  })

  it('records what the decider opened before deciding', () => {
    const { db, c } = pending((x) => x.assignedTo?.id === 'u-md-1')
    const md = user('u-md-1')
    const reading = { kind: 'policy-section' as const, id: 'criteria', label: 'Criteria' }
    db.audit[c.id] = [
      ...(db.audit[c.id] ?? []),
      {
        id: 'ev-x',
        caseId: c.id,
        at: '2026-11-20T16:59:00.000Z',
        actor: md,
        action: 'evidence-opened',
        summary: 's',
        reason: null,
        reading,
      },
    ]
    const u = applyDecision(db, c, { action: 'approve', rationale: 'r' }, md, NOW)
    expect(u.decisions.at(-1)!.evidenceOpened).toEqual([
      { ...reading, at: '2026-11-20T16:59:00.000Z' },
    ])
    const fresh = pending((x) => x.assignedTo?.id === 'u-md-1')
    delete fresh.db.audit[fresh.c.id]
    const v = applyDecision(fresh.db, fresh.c, { action: 'approve', rationale: 'r' }, md, NOW)
    expect(v.decisions.at(-1)!.evidenceOpened).toEqual([])
  })
})

describe('the initial decision', () => {
  const dec = (action: Decision['action'], decidedAt: string) => ({ action, decidedAt }) as Decision

  it('is the first approve or deny, a pend before it not counting', () => {
    const { c } = pending()
    const pend = dec('pend', '2026-01-01T00:00:00Z')
    const deny1 = dec('deny', '2026-01-02T00:00:00Z')
    const approve = dec('approve', '2026-01-03T00:00:00Z')
    expect(initialDecision({ ...c, decisions: [pend, deny1, approve] })).toBe(deny1)
    expect(initialDecision({ ...c, decisions: [pend, approve] })).toBe(approve)
    expect(initialDecision({ ...c, decisions: [pend] })).toBeUndefined()
  })

  it('is on time at exactly the due time', () => {
    const { c } = pending()
    const due = c.turnaround.dueAt
    expect(decidedOnTime(c, dec('approve', due))).toBe(true)
    expect(decidedOnTime(c, dec('approve', new Date(Date.parse(due) + 1).toISOString()))).toBe(
      false,
    )
  })

  it('counts the plan-time year (Pacific), not UTC', () => {
    expect(planYear('2027-01-01T07:59:59.000Z')).toBe(2026)
    expect(planYear('2027-01-01T08:00:00.000Z')).toBe(2027)
  })
})
