import { describe, expect, it } from 'vitest'
import { actorOf } from '../../service/cases/actor.ts'
import {
  openedBefore,
  policySectionIds,
  recordReading,
  refuseReading,
} from '../../service/cases/reading.ts'
import { policyLibrary } from '../../service/data/library.ts'
import { demoUsers } from '../../service/data/users.ts'
import { seedDb } from '../../service/seed.ts'
import type { AuditEvent } from '../../src/api/schemas/case.ts'
import type { ReadingInput } from '../../src/api/schemas/reading.ts'

const NOW = new Date('2026-11-20T17:00:00Z')
const user = (id: string) => actorOf(demoUsers.find((u) => u.id === id)!)

function withPolicy() {
  const db = seedDb(NOW)
  const library = policyLibrary(db)
  const c = Object.values(db.cases).find((x) => {
    const p = library.find((l) => l.id === x.determination.policy?.id)
    return p && p.studies.length > 0
  })!
  const policy = library.find((p) => p.id === c.determination.policy!.id)!
  return { db, library, c, policy }
}

describe('which readings a case takes', () => {
  it('a section of the panel or a study of the case’s own policy, else a refusal naming it', () => {
    const { library, c, policy } = withPolicy()
    const section = (id: string): ReadingInput => ({ kind: 'policy-section', id, label: 'L' })
    const study = (id: string): ReadingInput => ({ kind: 'evidence-row', id, label: 'L' })
    expect(refuseReading(section('criteria'), c, library)).toBe(null)
    expect(refuseReading(section('revision-history'), c, library)).toBe(null)
    expect(refuseReading(section('appendix'), c, library)).toBe(
      `There is no such policy section in ${policy.title}.`,
    )
    const last = policy.studies.at(-1)!.id
    expect(refuseReading(study(policy.studies[0]!.id), c, library)).toBe(null)
    expect(refuseReading(study(last), c, library)).toBe(null)
    expect(refuseReading(study('no-such-study'), c, library)).toBe(
      `There is no such evidence row in ${policy.title}.`,
    )
    // A study id is not a section, nor a section a study.
    expect(refuseReading(section(last), c, library)).not.toBe(null)
    expect(refuseReading(study('criteria'), c, library)).not.toBe(null)
    expect(policySectionIds).toContain('notice')
  })

  it('refuses any reading of a case with no policy on file', () => {
    const { library, c } = withPolicy()
    const none = { ...c, determination: { ...c.determination, policy: null } }
    const input: ReadingInput = { kind: 'policy-section', id: 'criteria', label: 'Criteria' }
    expect(refuseReading(input, none, library)).toBe('This case has no policy on file to read.')
    expect(refuseReading(input, c, [])).toBe('This case has no policy on file to read.')
  })
})

describe('recording a reading', () => {
  it('once per person and thing opened', () => {
    const { db, c } = withPolicy()
    const md = user('u-md-1')
    const other = user('u-md-2')
    const criteria: ReadingInput = { kind: 'policy-section', id: 'criteria', label: 'Criteria' }
    const before = (db.audit[c.id] ?? []).length
    const first = recordReading(db, c.id, md, criteria, NOW)
    expect(first.created).toBe(true)
    expect(first.event).toMatchObject({
      caseId: c.id,
      at: NOW.toISOString(),
      actor: md,
      action: 'evidence-opened',
      summary: 'Opened policy section “Criteria” from the case page',
      reading: criteria,
      reason: null,
    })
    const later = new Date(NOW.getTime() + 60_000)
    const again = recordReading(db, c.id, md, { ...criteria, label: 'Other' }, later)
    expect(again).toEqual({ event: first.event, created: false })
    // Another person, another kind with the same id, another id: each is new.
    expect(recordReading(db, c.id, other, criteria, later).created).toBe(true)
    const row: ReadingInput = { kind: 'evidence-row', id: 'criteria', label: 'A study' }
    const asRow = recordReading(db, c.id, md, row, later)
    expect(asRow.created).toBe(true)
    expect(asRow.event.summary).toBe('Opened evidence row “A study” from the case page')
    expect(recordReading(db, c.id, md, { ...criteria, id: 'codes' }, later).created).toBe(true)
    expect((db.audit[c.id] ?? []).length).toBe(before + 4)
  })

  it('an event that is not an opening, or has no reading, does not count as one', () => {
    const { db, c } = withPolicy()
    const md = user('u-md-1')
    const criteria: ReadingInput = { kind: 'policy-section', id: 'criteria', label: 'Criteria' }
    const ev = (over: Partial<AuditEvent>): AuditEvent => ({
      id: 'e',
      caseId: c.id,
      at: NOW.toISOString(),
      actor: md,
      action: 'evidence-opened',
      summary: 's',
      reason: null,
      ...over,
    })
    db.audit[c.id] = [ev({ action: 'case-created', reading: criteria }), ev({})]
    expect(recordReading(db, c.id, md, criteria, NOW).created).toBe(true)
    delete db.audit['nobody']
    expect(recordReading(db, 'nobody', md, criteria, NOW).created).toBe(true)
    expect(db.audit['nobody']).toHaveLength(1)
  })
})

describe('what the decider opened before deciding', () => {
  it('their openings up to the decision time, oldest first', () => {
    const md = user('u-md-1')
    const other = user('u-md-2')
    const reading = (id: string): ReadingInput => ({ kind: 'policy-section', id, label: id })
    const ev = (at: string, over: Partial<AuditEvent> = {}): AuditEvent => ({
      id: at,
      caseId: 'c',
      at,
      actor: md,
      action: 'evidence-opened',
      summary: 's',
      reason: null,
      reading: reading(at),
      ...over,
    })
    const events = [
      ev('2026-11-20T10:00:00.000Z'),
      ev('2026-11-20T09:00:00.000Z'),
      ev('2026-11-20T09:30:00.000Z', { actor: other }),
      ev('2026-11-20T08:00:00.000Z', { action: 'case-created' }),
      ev('2026-11-20T08:30:00.000Z', { reading: undefined }),
      ev('2026-11-20T12:00:00.000Z'),
      ev('2026-11-20T12:00:00.001Z'),
    ]
    expect(openedBefore(events, md.id, '2026-11-20T12:00:00.000Z')).toEqual([
      { ...reading('2026-11-20T09:00:00.000Z'), at: '2026-11-20T09:00:00.000Z' },
      { ...reading('2026-11-20T10:00:00.000Z'), at: '2026-11-20T10:00:00.000Z' },
      { ...reading('2026-11-20T12:00:00.000Z'), at: '2026-11-20T12:00:00.000Z' },
    ])
    expect(openedBefore(events, other.id, '2026-11-21T00:00:00.000Z')).toEqual([
      { ...reading('2026-11-20T09:30:00.000Z'), at: '2026-11-20T09:30:00.000Z' },
    ])
    expect(openedBefore([], md.id, '2026-11-21T00:00:00.000Z')).toEqual([])
  })
})
