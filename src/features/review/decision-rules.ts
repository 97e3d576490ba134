import type { CaseStatus, DecisionAction, Determination } from '../../api/schemas/case.ts'
import { plainText } from '../../api/schemas/rich-text.ts'
import type { Role } from '../../api/schemas/user.ts'
import { hasFinalDecision } from '../../domain/case-status.ts'

/**
 * Which decisions the screen offers. The service enforces the same rules (403/409);
 * the screen only keeps people from reaching a button they may not use.
 */
export function allowedActions(
  role: Role,
  status: CaseStatus,
  outcome: Determination['outcome'],
): DecisionAction[] {
  if (isFinal(status)) return []
  if (role === 'medical-director') return ['deny', 'approve', 'pend']
  // A reviewer never denies or pends; they may approve what the criteria met.
  return outcome === 'criteria-met' ? ['approve'] : []
}

export function isFinal(status: CaseStatus): boolean {
  return hasFinalDecision(status)
}

/**
 * The criterion a denial relies on, prefilled from the determination: the criteria
 * set's heading and the label of the row that decided, in the policy's own words.
 */
export function criterionFromDetermination(d: Determination): string {
  const set = d.criteriaSet
  if (!set) return ''
  const row = set.rows.find((r) => r.decides)
  return row ? `${set.heading}: ${plainText(row.label)}` : set.heading
}

export const actionLabels: Record<DecisionAction, string> = {
  deny: 'Deny',
  approve: 'Approve',
  pend: 'Pend for information',
}
