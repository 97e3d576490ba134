import type { Actor, AppealInput, StoredCase } from '../../src/api/schemas/case.ts'
import { GOOD_CAUSE_NEEDED } from '../../src/domain/appeal-rules.ts'
import { formatInZone } from '../../src/domain/time-zone.ts'
import { demoUsers } from '../data/users.ts'
import { newId, type MockDb } from '../store.ts'
import { computeAppealClock } from '../engine/appeal-turnaround.ts'
import { actorOf } from './actor.ts'
import { denialOf, refuseAppeal } from './appeal-rules.ts'
import { appendAudit } from './audit.ts'
import { openLoad } from './open-loads.ts'
import type { Refusal } from './appeal-rules.ts'

const LATE_ENTRY_MS = 60 * 60_000
const requesterWords = {
  member: 'the member',
  'provider-on-behalf': 'a provider on the member\u2019s behalf',
}

/** A medical director other than the one who denied: the one with the fewest open cases. */
export function appealReviewer(db: MockDb, deniedBy: Actor): Actor {
  const others = demoUsers.filter((u) => u.role === 'medical-director' && u.id !== deniedBy.id)
  const load = (id: string) => openLoad(db, id)
  const best = others.reduce<(typeof others)[number] | undefined>(
    (a, b) => (a === undefined || load(b.id) < load(a.id) ? b : a),
    undefined,
  )
  if (!best) throw new Error('No second medical director among the demo users')
  return actorOf(best)
}

/**
 * Records a checked appeal on a denied case: its clock by line of business, the
 * good-cause rule past a confirmed filing limit (400), the reviewer (never the decider),
 * a new case version and its audit events. Returns the refusal instead when one applies.
 */
export function recordAppeal(
  db: MockDb,
  c: StoredCase,
  input: AppealInput,
  actor: Actor,
  now: Date,
): { ok: true; updated: StoredCase } | { ok: false; refusal: Refusal } {
  const refused = refuseAppeal(c)
  const denial = denialOf(c)
  if (refused || !denial)
    return { ok: false, refusal: refused ?? { status: 409, detail: 'No denial on file.' } }
  const { lineOfBusiness, groupFunding } = c.input
  const clock = computeAppealClock({
    ...{ lineOfBusiness, groupFunding, urgency: input.urgency },
    ...{ receivedAt: input.receivedAt, noticeAt: denial.decidedAt },
  })
  const late = clock.filingDeadline !== null && input.receivedAt > clock.filingDeadline
  if (late && !input.goodCauseNote) {
    const limit = `${clock.filingLimit.text} (${clock.filingLimit.source})`
    const detail = `The appeal came after the time limit to ask: ${limit}.`
    return {
      ok: false,
      refusal: { status: 400, detail, errors: { goodCauseNote: [GOOD_CAUSE_NEEDED] } },
    }
  }
  const at = now.toISOString()
  const assignedTo = appealReviewer(db, denial.decidedBy)
  const updated: StoredCase = {
    ...c,
    version: c.version + 1,
    status: 'appeal-in-review',
    assignedTo,
    appeal: {
      ...input,
      ...{ id: newId('apl'), loggedBy: actor, loggedAt: at, late },
      ...{ deniedBy: denial.decidedBy, assignedTo, clock, decision: null },
    },
  }
  db.cases[c.id] = updated
  const due = clock.dueAt
    ? `due ${formatInZone(new Date(clock.dueAt), clock.timeZone)}`
    : 'no confirmed due time'
  appendAudit(db, c.id, {
    ...{ at, actor, action: 'appeal-received' },
    summary: `${input.urgency === 'expedited' ? 'Expedited' : 'Standard'} appeal from ${requesterWords[input.requestedBy]} logged by ${actor.name}; assigned to ${assignedTo.name}, ${due}`,
    reason: input.reasonGiven,
  })
  if (new Date(input.receivedAt).getTime() < now.getTime() - LATE_ENTRY_MS)
    appendAudit(db, c.id, {
      ...{ at, actor, action: 'appeal-backdated' },
      summary: `Appeal received ${input.receivedAt}, entered more than an hour later`,
      reason: input.backdateReason ?? null,
    })
  if (late)
    appendAudit(db, c.id, {
      ...{ at, actor, action: 'appeal-filed-late' },
      summary: `Appeal asked for after the time limit (${clock.filingLimit.text}, ${clock.filingLimit.source})`,
      reason: input.goodCauseNote ?? null,
    })
  return { ok: true, updated }
}
