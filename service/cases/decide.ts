import type {
  Actor,
  CaseStatus,
  Decision,
  DecisionInput,
  StoredCase,
} from '../../src/api/schemas/case.ts'
import { resolveCriterion } from '../../src/domain/decision-criteria.ts'
import { needsTakeOver } from '../../src/domain/decision-rules.ts'
import { hasVisibleText } from '../../src/domain/visible-text.ts'
import { issueDenialLetters } from '../letters/issue.ts'
import { newId, type MockDb } from '../store.ts'
import { appendAudit } from './audit.ts'
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

/**
 * The decision as recorded: only the fields its action needs, the criterion quoted from
 * the case's determination, the decider as they were. A final decision issues its
 * notices at once, which stops the turnaround clock; a pend stops no clock.
 */
export function decisionRecord(
  c: StoredCase,
  input: DecisionInput,
  actor: Actor,
  at: string,
): Decision {
  const deny = input.action === 'deny'
  const final = input.action !== 'pend'
  const ask = c.turnaround.askForInformationBy
  return {
    id: newId('dec'),
    action: input.action,
    rationale: input.rationale,
    criterion: deny && input.criterion ? resolveCriterion(c.determination, input.criterion) : null,
    writtenBasis: deny && !input.criterion ? (input.writtenBasis ?? null) : null,
    memberReason: deny ? (input.memberReason ?? null) : null,
    informationNeeded:
      input.action === 'pend' ? (input.informationNeeded ?? []).filter(hasVisibleText) : [],
    peerToPeerOffered: deny ? (input.peerToPeerOffered ?? null) : null,
    takeOverReason:
      input.takeOverReason && hasVisibleText(input.takeOverReason) ? input.takeOverReason : null,
    decidedBy: actor,
    decidedAt: at,
    noticesIssuedAt: final ? at : null,
    onTime: final ? at <= c.turnaround.dueAt : null,
    pendLate: input.action === 'pend' && ask ? at > ask.dueAt : null,
  }
}

/**
 * Records a checked decision: a new case version, its decision, its audit events and,
 * for a denial, the notices as issued (the same transaction: all or nothing).
 */
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
  const takingOver = needsTakeOver({ assignedTo: c.assignedTo, decider: actor })
  const director = actor.role === 'medical-director' ? actor : c.assignedTo
  const holder = takingOver || !c.assignedTo ? director : c.assignedTo
  const decision = {
    ...decisionRecord(c, input, actor, at),
    evidenceOpened: openedBefore(db.audit[c.id] ?? [], actor.id, at),
  }
  const updated: StoredCase = {
    ...c,
    version: c.version + 1,
    status,
    decisions: [...c.decisions, decision],
    // A final case leaves every queue; a pended one stays with (or joins) its director's.
    assignedTo: final ? null : holder,
  }
  db.cases[c.id] = updated
  issueDenialLetters(db, updated, decision)
  if (takingOver && c.assignedTo)
    appendAudit(db, c.id, {
      at,
      actor,
      action: 'case-taken-over',
      summary: `Taken over from ${c.assignedTo.name} by ${actor.name}`,
      reason: input.takeOverReason ?? null,
    })
  const by = actor.specialty ? `${actor.name} (${actor.specialty})` : actor.name
  appendAudit(db, c.id, { at, actor, action, summary: `${verb} by ${by}`, reason: input.rationale })
  return updated
}
