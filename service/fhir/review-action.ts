import type { StoredCase } from '../../src/api/schemas/case.ts'
import { DENIAL_REASON_CODE, REVIEW_ACTION } from './code-systems.ts'

/** A case's current answer in PAS terms: the review action, its reason and its reviewer. */
export type Review = {
  action: (typeof REVIEW_ACTION)[keyof typeof REVIEW_ACTION]
  /** The reason specific to the member, as the decider wrote it (denials). */
  reason: { code: { code: string; display: string } | null; text: string } | null
  /** Plain-language notes for the provider: what is pending, what is needed, who decided. */
  notes: string[]
  /** The physician who decided, as the guide records a human reviewer. */
  reviewer: { name: string; specialty: string | null; decidedAt: string } | null
}

/**
 * The one place a decision becomes a PAS review action. Kept small on purpose: the
 * decision model is changing (a bound criterion, credentials, pend lists), and only
 * this function needs to follow it.
 */
export function reviewOf(c: StoredCase): Review {
  const last = c.decisions.at(-1)
  if (!last)
    return {
      action: REVIEW_ACTION.pending,
      reason: null,
      notes: ['Pending: a medical director must decide this request.'],
      reviewer: null,
    }
  const by = last.decidedBy
  const who = by.specialty ? `${by.name} (${by.specialty})` : by.name
  const reviewer = { name: by.name, specialty: by.specialty, decidedAt: last.decidedAt }
  if (last.action === 'pend') {
    // A list of what is needed, one item after another (a pend names one item or more).
    const needed = last.informationNeeded.join('; ') || 'see the plan’s request'
    return {
      action: REVIEW_ACTION.pending,
      reason: null,
      notes: [`Pended for more information by ${who}: ${needed}`],
      reviewer,
    }
  }
  if (last.action === 'approve')
    return {
      action: REVIEW_ACTION.certified,
      reason: null,
      notes: [`Certified by ${who}.`],
      reviewer,
    }
  const text = last.memberReason ?? last.rationale
  return {
    action: REVIEW_ACTION.notCertified,
    reason: { code: DENIAL_REASON_CODE, text },
    notes: [`Not certified by ${who}. Reason: ${text}`],
    reviewer,
  }
}
