import type { Actor, CaseStatus, DecisionInput, StoredCase } from '../../src/api/schemas/case.ts'
import { newId, type MockDb } from '../db.ts'
import { appendAudit } from './audit.ts'
import { decisionFields } from './decision-rules.ts'
import { openedBefore } from './reading.ts'

const outcomes = {
  approve: { status: 'approved', action: 'decision-approved', verb: 'Approved' },
  deny: { status: 'denied', action: 'decision-denied', verb: 'Denied' },
  pend: {
    status: 'pended-for-information',
    action: 'decision-pended',
    verb: 'Pended for information',
  },
} as const satisfies Record<
  DecisionInput['action'],
  { status: CaseStatus; action: string; verb: string }
>

/** Records a checked decision: a new case version, its decision and its audit event. */
export function applyDecision(
  db: MockDb,
  c: StoredCase,
  input: DecisionInput,
  actor: Actor,
  now: Date,
): StoredCase {
  const at = now.toISOString()
  const { status, action, verb } = outcomes[input.action]
  const final = status !== 'pended-for-information'
  const updated: StoredCase = {
    ...c,
    version: c.version + 1,
    status,
    decisions: [
      ...c.decisions,
      {
        ...decisionFields(input),
        id: newId('dec'),
        decidedBy: actor,
        decidedAt: at,
        evidenceOpened: openedBefore(db.audit[c.id] ?? [], actor.id, at),
      },
    ],
    // A final case leaves every queue; a pended one stays with (or joins) its director's.
    assignedTo: final ? null : (c.assignedTo ?? (actor.role === 'medical-director' ? actor : null)),
  }
  db.cases[c.id] = updated
  const by = actor.specialty ? `${actor.name} (${actor.specialty})` : actor.name
  appendAudit(db, c.id, { at, actor, action, summary: `${verb} by ${by}`, reason: input.rationale })
  return updated
}
