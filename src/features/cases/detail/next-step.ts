import type { CaseStatus, Determination } from '../../../api/schemas/case.ts'
import type { Role } from '../../../api/schemas/user.ts'
import {
  closedByFirstDecision,
  hasFinalDecision,
  isClosed,
  waitingOn,
} from '../../../domain/case-status.ts'

/**
 * What happens next on this case, for the person reading it: the line beside the case
 * that tells a reviewer whether anything is theirs to do. Whether anything waits, and
 * for whom, is the status rule's (src/domain/case-status.ts); the service enforces who
 * may decide; this only says it in words.
 */
export function nextStep(role: Role, status: CaseStatus, outcome: Determination['outcome']) {
  const director = role === 'medical-director'
  // A closed case waits for no one.
  if (status === 'withdrawn')
    return 'Withdrawn by the requesting provider before a decision. Nothing waits; the case is read-only.'
  if (isClosed(status))
    return closedByFirstDecision(status)
      ? 'Decided. The decision is final and the case is read-only.'
      : 'Decided on appeal. The decision is final and the case is read-only.'
  if (waitingOn(status) === 'requesting-provider')
    return director
      ? 'Pended for information. When it arrives, decide the case.'
      : 'Pended for information. A medical director decides once it arrives.'
  // Waiting for a medical director: the first decision, or the appeal's.
  if (hasFinalDecision(status))
    return director
      ? 'Decide the appeal, unless you made the denial: then another medical director decides it.'
      : 'Waiting for a medical director to decide the appeal.'
  if (director) return 'Decide this case: approve, deny or pend it, with a rationale.'
  return outcome === 'criteria-met'
    ? 'The criteria are met: you may approve this case.'
    : 'Waiting for a medical director to decide. A reviewer never denies.'
}
