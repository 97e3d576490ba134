import { describe, expect, it } from 'vitest'
import { demoUsers } from '../../service/data/users.ts'
import { actorOf } from '../../service/cases/actor.ts'
import { applyAppealDecision } from '../../service/cases/appeal-decide.ts'
import { recordAppeal } from '../../service/cases/appeal-record.ts'
import { seedDb } from '../../service/seed.ts'
import type { AppealInput, StoredCase } from '../../src/api/schemas/case.ts'
import { GOOD_CAUSE_NEEDED } from '../../src/domain/appeal-rules.ts'

const NOW = new Date('2026-11-20T17:00:00Z')
const HOUR = 3_600_000
const clerk = actorOf(demoUsers.find((u) => u.role !== 'medical-director')!)

/** A seeded denied case of the line asked for, with the hour after its denial. */
function deniedCase(medicare: boolean) {
  const db = seedDb(NOW)
  const c = Object.values(db.cases).find(
    (x) => x.status === 'denied' && (x.input.lineOfBusiness === 'medicare-advantage') === medicare,
  )!
  const deniedAt = Date.parse(c.decisions.at(-1)!.decidedAt)
  return { db, c, deniedAt }
}
const appeal = (receivedAt: number, over: Partial<AppealInput> = {}): AppealInput => ({
  requestedBy: 'member',
  receivedAt: new Date(receivedAt).toISOString(),
  urgency: 'standard',
  channel: 'mail',
  reasonGiven: 'My doctor says the injections helped.',
  ...over,
})
const actions = (db: ReturnType<typeof seedDb>, c: StoredCase) =>
  (db.audit[c.id] ?? []).map((e) => e.action)

describe('recording an appeal', () => {
  it('puts the case in review with another medical director, and says so in the audit', () => {
    const { db, c, deniedAt } = deniedCase(true)
    const before = actions(db, c)
    const r = recordAppeal(db, c, appeal(deniedAt + HOUR), clerk, new Date(deniedAt + HOUR))
    if (!r.ok) throw new Error(r.refusal.detail)
    const deniedBy = c.decisions.at(-1)!.decidedBy
    expect(r.updated).toMatchObject({ version: c.version + 1, status: 'appeal-in-review' })
    expect(r.updated.assignedTo?.role).toBe('medical-director')
    expect(r.updated.assignedTo?.id).not.toBe(deniedBy.id)
    expect(r.updated.appeal).toMatchObject({ late: false, deniedBy, loggedBy: clerk })
    expect(r.updated.appeal!.id).toMatch(/\S/)
    expect(db.cases[c.id]).toBe(r.updated)
    expect(actions(db, c)).toEqual([...before, 'appeal-received'])
    const received = db.audit[c.id]!.at(-1)!
    expect(received.summary).toMatch(
      new RegExp(
        `^Standard appeal from .+ logged by ${clerk.name}; assigned to ${r.updated.assignedTo!.name}, (due |no confirmed due time)`,
      ),
    )
    expect(received.reason).toBe('My doctor says the injections helped.')
  })

  it('an expedited appeal entered over an hour after receipt is logged as backdated', () => {
    const { db, c, deniedAt } = deniedCase(true)
    const input = appeal(deniedAt + HOUR, { urgency: 'expedited', backdateReason: 'Fax found' })
    const r = recordAppeal(db, c, input, clerk, new Date(deniedAt + 3 * HOUR))
    expect(r.ok).toBe(true)
    const events = db.audit[c.id]!.slice(-2)
    expect(events.map((e) => e.action)).toEqual(['appeal-received', 'appeal-backdated'])
    expect(events[0]!.summary).toMatch(/^Expedited appeal/)
    expect(events[1]).toMatchObject({
      summary: `Appeal received ${input.receivedAt}, entered more than an hour later`,
      reason: 'Fax found',
    })
    // Exactly an hour back is not late entry.
    const again = deniedCase(true)
    recordAppeal(
      again.db,
      again.c,
      appeal(again.deniedAt + HOUR),
      clerk,
      new Date(again.deniedAt + 2 * HOUR),
    )
    expect(actions(again.db, again.c).at(-1)).toBe('appeal-received')
  })

  it('after the filing limit it needs good cause, then logs it as filed late', () => {
    const { db, c, deniedAt } = deniedCase(true)
    const late = deniedAt + 400 * 24 * HOUR
    const refused = recordAppeal(db, c, appeal(late), clerk, new Date(late))
    expect(refused).toMatchObject({
      ok: false,
      refusal: { status: 400, errors: { goodCauseNote: [GOOD_CAUSE_NEEDED] } },
    })
    if (!refused.ok)
      expect(refused.refusal.detail).toMatch(
        /^The appeal came after the time limit to ask: .+ \(.+\)\.$/,
      )
    expect(db.cases[c.id]).toBe(c)
    const r = recordAppeal(
      db,
      c,
      appeal(late, { goodCauseNote: 'In hospital' }),
      clerk,
      new Date(late),
    )
    expect(r).toMatchObject({ ok: true, updated: { appeal: { late: true } } })
    const filed = db.audit[c.id]!.at(-1)!
    expect(filed).toMatchObject({ action: 'appeal-filed-late', reason: 'In hospital' })
    expect(filed.summary).toMatch(/^Appeal asked for after the time limit \(.+, .+\)$/)
  })

  it('a case that is not denied, or has no denial on file, is refused', () => {
    const { db, c, deniedAt } = deniedCase(true)
    const approved = { ...c, status: 'approved' as const }
    expect(recordAppeal(db, approved, appeal(deniedAt + HOUR), clerk, NOW)).toMatchObject({
      ok: false,
      refusal: { status: 409 },
    })
    const noDenial = { ...c, decisions: [] }
    expect(recordAppeal(db, noDenial, appeal(deniedAt + HOUR), clerk, NOW)).toEqual({
      ok: false,
      refusal: { status: 409, detail: 'No denial on file.' },
    })
  })
})

describe('deciding an appeal', () => {
  function inReview(medicare: boolean) {
    const { db, c, deniedAt } = deniedCase(medicare)
    const at = deniedAt + HOUR
    const r = recordAppeal(db, c, appeal(at), clerk, new Date(at))
    if (!r.ok) throw new Error(r.refusal.detail)
    const director = r.updated.appeal!.assignedTo
    return { db, c: r.updated, director, at: new Date(at + HOUR) }
  }
  const upheld = {
    action: 'uphold' as const,
    rationale: 'Still not met.',
    peerToPeerOffered: false,
  }

  it('approving closes the case as approved on appeal', () => {
    const { db, c, director, at } = inReview(true)
    const u = applyAppealDecision(db, c, { action: 'approve', rationale: 'Met.' }, director, at)
    expect(u).toMatchObject({
      version: c.version + 1,
      status: 'approved-on-appeal',
      assignedTo: null,
      appeal: {
        decision: { action: 'approve', decidedBy: director, forwardedToIndependentReviewAt: null },
      },
    })
    expect(u.appeal!.decision!.id).toMatch(/\S/)
    const last = db.audit[c.id]!.at(-1)!
    expect(last).toMatchObject({ action: 'appeal-approved', reason: 'Met.' })
    const by = director.specialty ? `${director.name} (${director.specialty})` : director.name
    expect(last.summary).toBe(
      `Approved on appeal by ${by}; appeal notices issued to the member and the requesting provider`,
    )
  })

  it('an upheld Medicare Advantage denial goes to independent review; others stay upheld', () => {
    const ma = inReview(true)
    const u = applyAppealDecision(ma.db, ma.c, upheld, ma.director, ma.at)
    expect(u.status).toBe('forwarded-to-independent-review')
    expect(u.appeal!.decision!.forwardedToIndependentReviewAt).toBe(ma.at.toISOString())
    expect(actions(ma.db, ma.c).slice(-2)).toEqual([
      'appeal-upheld',
      'appeal-forwarded-to-independent-review',
    ])
    expect(ma.db.audit[ma.c.id]!.at(-2)!.summary).toMatch(/^Denial upheld on appeal by /)
    expect(ma.db.audit[ma.c.id]!.at(-1)!.summary).toBe(
      'Case file forwarded to the independent review entity contracted by CMS (42 CFR 422.590(a)(2))',
    )

    const other = inReview(false)
    const v = applyAppealDecision(other.db, other.c, upheld, other.director, other.at)
    expect(v.status).toBe('denial-upheld')
    expect(v.appeal!.decision!.forwardedToIndependentReviewAt).toBeNull()
    expect(actions(other.db, other.c).at(-1)).toBe('appeal-upheld')
  })

  it('needs a case with an appeal', () => {
    const { db, c, deniedAt } = deniedCase(true)
    expect(() => applyAppealDecision(db, c, upheld, clerk, new Date(deniedAt))).toThrow(
      'applyAppealDecision needs a case with an appeal',
    )
  })
})
