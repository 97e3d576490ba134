import type { Actor, AppealDecisionInput, StoredCase } from '../../src/api/schemas/case.ts'
import { issueAppealLetters } from '../letters/issue.ts'
import { newId, type MockDb } from '../store.ts'
import { asFirstDecision } from './appeal-rules.ts'
import { appendAudit } from './audit.ts'
import { decisionRecord } from './decide.ts'

/**
 * Records a checked appeal decision. Approve: "Approved on appeal". Uphold: "Denial
 * upheld", except Medicare Advantage, where an affirmation in whole or in part goes to
 * the independent entity contracted by CMS (42 CFR 422.590(a)(2)), dated now. Either
 * way the appeal notices are issued and kept in the same transaction.
 */
export function applyAppealDecision(
  db: MockDb,
  c: StoredCase,
  input: AppealDecisionInput,
  actor: Actor,
  now: Date,
): StoredCase {
  const appeal = c.appeal
  if (!appeal) throw new Error('applyAppealDecision needs a case with an appeal')
  const at = now.toISOString()
  const upheld = input.action === 'uphold'
  const forward = upheld && c.input.lineOfBusiness === 'medicare-advantage'
  // The record keeps only the words that belong to the outcome, as a first decision does.
  const first = decisionRecord(c, asFirstDecision(input), actor, at)
  const words = {
    action: input.action,
    rationale: first.rationale,
    criterion: first.criterion,
    writtenBasis: first.writtenBasis,
    memberReason: first.memberReason,
    peerToPeerOffered: first.peerToPeerOffered,
  }
  const status = !upheld
    ? 'approved-on-appeal'
    : forward
      ? 'forwarded-to-independent-review'
      : 'denial-upheld'
  const updated: StoredCase = {
    ...c,
    version: c.version + 1,
    status,
    assignedTo: null,
    appeal: {
      ...appeal,
      decision: {
        ...words,
        id: newId('apd'),
        decidedBy: actor,
        decidedAt: at,
        forwardedToIndependentReviewAt: forward ? at : null,
      },
    },
  }
  db.cases[c.id] = updated
  issueAppealLetters(db, updated, updated.appeal!.decision!)
  const by = actor.specialty ? `${actor.name} (${actor.specialty})` : actor.name
  appendAudit(db, c.id, {
    ...{ at, actor, reason: input.rationale },
    action: upheld ? 'appeal-upheld' : 'appeal-approved',
    // The appeal notices issue with the decision, as a first decision's do: said where it is recorded.
    summary: `${upheld ? 'Denial upheld on appeal' : 'Approved on appeal'} by ${by}; appeal notices issued to the member and the requesting provider`,
  })
  if (forward)
    appendAudit(db, c.id, {
      ...{ at, actor, action: 'appeal-forwarded-to-independent-review' },
      summary:
        'Case file forwarded to the independent review entity contracted by CMS (42 CFR 422.590(a)(2))',
    })
  return updated
}
