import { describe, expect, it } from 'vitest'
import { actorOf } from '../../service/cases/actor.ts'
import { appendAudit } from '../../service/cases/audit.ts'
import { nextCaseReference } from '../../service/cases/case-reference.ts'
import { createCase, leastLoadedDirector } from '../../service/cases/create-case.ts'
import { openLoad } from '../../service/cases/open-loads.ts'
import { demoUsers } from '../../service/data/users.ts'
import { seedDb } from '../../service/seed.ts'
import { emptyDb } from '../../service/store.ts'
import { outcomeLabels } from '../../src/api/labels.ts'
import { formatPlainDate } from '../../src/domain/plain-date.ts'
import type { StoredCase } from '../../src/api/schemas/case.ts'

const NOW = new Date('2026-11-20T17:00:00Z')
const HOUR = 3_600_000
const user = (id: string) => actorOf(demoUsers.find((u) => u.id === id)!)

describe('who a case goes to', () => {
  it('the director with the fewest open cases, counted by the store', () => {
    const db = emptyDb()
    db.openLoads = { 'u-md-1': 3, 'u-md-2': 1 }
    expect(leastLoadedDirector(db)).toEqual(user('u-md-2'))
    db.openLoads = { 'u-md-1': 1, 'u-md-2': 2 }
    expect(leastLoadedDirector(db)).toEqual(user('u-md-1'))
    // A director the store did not count has no open cases.
    db.openLoads = { 'u-md-1': 2 }
    expect(leastLoadedDirector(db)).toEqual(user('u-md-2'))
    expect(openLoad(db, 'u-md-2')).toBe(0)
    expect(openLoad(db, 'u-md-1')).toBe(2)
  })

  it('the first director on a tie, and never a reviewer', () => {
    const db = emptyDb()
    db.openLoads = { 'u-md-1': 4, 'u-md-2': 4 }
    expect(leastLoadedDirector(db)).toEqual(user('u-md-1'))
    db.openLoads = {}
    expect(leastLoadedDirector(db).role).toBe('medical-director')
    expect(leastLoadedDirector(db).id).toBe('u-md-1')
  })

  it('counts open cases from every case when the store counted none', () => {
    const seeded = seedDb(NOW)
    const base = Object.values(seeded.cases)[0]!
    const db = emptyDb()
    const put = (id: string, assignee: string | null, status: StoredCase['status']) => {
      db.cases[id] = { ...base, id, status, assignedTo: assignee ? user(assignee) : null }
    }
    put('a', 'u-md-1', 'pending-md-review')
    put('b', 'u-md-1', 'pended-for-information')
    put('c', 'u-md-1', 'denied')
    put('d', 'u-md-2', 'pending-md-review')
    put('e', null, 'pending-md-review')
    expect(openLoad(db, 'u-md-1')).toBe(2)
    expect(openLoad(db, 'u-md-2')).toBe(1)
    expect(openLoad(db, 'u-rev-1')).toBe(0)
    expect(leastLoadedDirector(db).id).toBe('u-md-2')
  })
})

describe('case references', () => {
  it('count up per plan-time year, six digits', () => {
    const db = emptyDb()
    expect(nextCaseReference(db, new Date('2026-06-01T12:00:00Z'))).toBe('UM-2026-000001')
    expect(nextCaseReference(db, new Date('2026-06-01T12:00:00Z'))).toBe('UM-2026-000002')
    // 07:59 UTC on January 1 is still the last day of the year in the plan's time zone.
    expect(nextCaseReference(db, new Date('2027-01-01T07:59:00Z'))).toBe('UM-2026-000003')
    expect(nextCaseReference(db, new Date('2027-01-01T08:00:00Z'))).toBe('UM-2027-000001')
    expect(db.referenceSequence).toEqual({ '2026': 3, '2027': 1 })
    db.referenceSequence = { '2028': 41 }
    expect(nextCaseReference(db, new Date('2028-03-01T12:00:00Z'))).toBe('UM-2028-000042')
    expect(db.referenceSequence).toEqual({ '2028': 42 })
  })
})

describe('the audit trail', () => {
  it('appends a new array with an id and a null reason by default', () => {
    const db = emptyDb()
    const actor = user('u-rev-1')
    const first = appendAudit(db, 'case-1', {
      at: 't1',
      actor,
      action: 'case-created',
      summary: 's1',
    })
    const kept = db.audit['case-1']!
    const second = appendAudit(db, 'case-1', {
      ...{ at: 't2', actor, action: 'case-created', summary: 's2', reason: 'why' },
    })
    expect(first).toMatchObject({ caseId: 'case-1', at: 't1', summary: 's1', reason: null })
    expect(first.id).toMatch(/^ev-/)
    expect(second.reason).toBe('why')
    expect(db.audit['case-1']).toEqual([first, second])
    expect(db.audit['case-1']).not.toBe(kept)
    expect(kept).toEqual([first])
  })
})

describe('creating a case', () => {
  function setup() {
    const db = seedDb(NOW)
    const model = Object.values(db.cases).find(
      (c) =>
        c.status === 'pending-md-review' && c.determination.policy && db.members[c.input.memberId],
    )!
    const input = {
      ...model.input,
      requestReceivedAt: NOW.toISOString(),
      backdateReason: undefined,
    }
    return { db, model, input }
  }

  it('starts pending director review with the least-loaded director, and says so on its trail', () => {
    const { db, model, input } = setup()
    const clerk = user('u-rev-1')
    const refs = db.referenceSequence['2026']!
    const expected = leastLoadedDirector(db)
    const c = createCase({ db, input, actor: clerk, now: NOW })
    expect(c.id).toMatch(/^case-/)
    expect(c.determination.id).toMatch(/^det-/)
    expect(c).toMatchObject({
      reference: `UM-2026-${String(refs + 1).padStart(6, '0')}`,
      version: 1,
      createdAt: NOW.toISOString(),
      createdBy: clerk,
      input,
      status: 'pending-md-review',
      decisions: [],
      synthetic: false,
      assignedTo: expected,
    })
    expect(c.determination.outcome).toBe(model.determination.outcome)
    expect(c.turnaround.dueAt).toMatch(/^2026-/)
    expect('source' in c).toBe(false)
    expect(db.cases[c.id]).toBe(c)
    const p = c.determination.policy!
    const trail = db.audit[c.id]!
    expect(trail.map((e) => e.action)).toEqual(['case-created', 'determination-proposed'])
    expect(trail[0]).toMatchObject({
      at: NOW.toISOString(),
      actor: clerk,
      summary: `Case created by ${clerk.name}`,
    })
    expect(trail[1]!.summary).toBe(
      `Proposed outcome for service code ${input.serviceCode}: ${outcomeLabels[c.determination.outcome]} (${p.title}, last reviewed ${formatPlainDate(p.lastReviewed)})`,
    )
    expect(trail[1]!.actor).toEqual(clerk)
  })

  it('a criteria-met case goes to no queue and counts toward no load', () => {
    const { db, model, input } = setup()
    db.openLoads = { 'u-md-1': 0, 'u-md-2': 0 }
    const determination = { ...model.determination, outcome: 'criteria-met' as const }
    const c = createCase({ db, input, actor: user('u-rev-1'), now: NOW, reuse: { determination } })
    expect(c.assignedTo).toBe(null)
    expect(c.determination).toBe(determination)
    expect(db.openLoads).toEqual({ 'u-md-1': 0, 'u-md-2': 0 })
    expect(db.audit[c.id]![1]!.summary).toMatch(
      /^Proposed outcome for service code \S+: Criteria met/,
    )
  })

  it('counted loads follow the case it assigns; a reused assignee and turnaround are kept', () => {
    const { db, model, input } = setup()
    db.openLoads = { 'u-md-1': 5, 'u-md-2': 2 }
    const c = createCase({ db, input, actor: user('u-rev-1'), now: NOW })
    expect(c.assignedTo!.id).toBe('u-md-2')
    expect(db.openLoads).toEqual({ 'u-md-1': 5, 'u-md-2': 3 })
    db.openLoads = {}
    const md = user('u-md-1')
    const turnaround = model.turnaround
    const d = createCase({
      db,
      input,
      actor: user('u-rev-1'),
      now: NOW,
      synthetic: true,
      reuse: { assignTo: md, turnaround },
    })
    expect(d).toMatchObject({ assignedTo: md, synthetic: true })
    expect(d.turnaround).toBe(turnaround)
    expect(db.openLoads).toEqual({ 'u-md-1': 1 })
  })

  it('a case with no policy proposes its outcome without naming one', () => {
    const { db, model, input } = setup()
    const determination = { ...model.determination, policy: null }
    const c = createCase({ db, input, actor: user('u-rev-1'), now: NOW, reuse: { determination } })
    expect(db.audit[c.id]![1]!.summary).toBe(
      `Proposed outcome for service code ${input.serviceCode}: ${outcomeLabels[determination.outcome]}`,
    )
  })

  it('keeps the PAS source it came from', () => {
    const { db, input } = setup()
    const source = { kind: 'pas' } as unknown as NonNullable<StoredCase['source']>
    const c = createCase({ db, input, actor: user('u-rev-1'), now: NOW, source })
    expect(c.source).toBe(source)
  })

  it('logs a request entered over an hour after receipt as backdated, with its reason', () => {
    const { db, input } = setup()
    const clerk = user('u-rev-1')
    const exactly = { ...input, requestReceivedAt: new Date(NOW.getTime() - HOUR).toISOString() }
    const a = createCase({ db, input: exactly, actor: clerk, now: NOW })
    expect(db.audit[a.id]!.map((e) => e.action)).not.toContain('request-backdated')
    const received = new Date(NOW.getTime() - HOUR - 1).toISOString()
    const late = { ...input, requestReceivedAt: received, backdateReason: 'Fax found' }
    const b = createCase({ db, input: late, actor: clerk, now: NOW })
    expect(db.audit[b.id]!.at(-1)).toMatchObject({
      at: NOW.toISOString(),
      actor: clerk,
      action: 'request-backdated',
      summary: `Request received ${received}, entered more than an hour later`,
      reason: 'Fax found',
    })
    const noReason = createCase({
      db,
      input: { ...late, backdateReason: undefined },
      actor: clerk,
      now: NOW,
    })
    expect(db.audit[noReason.id]!.at(-1)!.reason).toBe(null)
    // Received after entry (a clock ahead) is not backdated either.
    const ahead = { ...input, requestReceivedAt: new Date(NOW.getTime() + HOUR).toISOString() }
    const e = createCase({ db, input: ahead, actor: clerk, now: NOW })
    expect(db.audit[e.id]!.map((x) => x.action)).toEqual(['case-created', 'determination-proposed'])
  })

  it('puts an entry other than enrollment on the trail with its reason', () => {
    const { db, input } = setup()
    const clerk = user('u-rev-1')
    const c = createCase({
      db,
      input: { ...input, dateOfBirth: '1900-01-01', enrollmentCorrectionReason: 'Card says so' },
      actor: clerk,
      now: NOW,
    })
    const ev = db.audit[c.id]!.at(-1)!
    expect(ev).toMatchObject({
      action: 'enrollment-corrected',
      at: NOW.toISOString(),
      actor: clerk,
      reason: 'Card says so',
    })
    expect(ev.summary).toMatch(
      /^Entered other than the enrollment record: Date of birth entered “1900-01-01”/,
    )
  })
})
