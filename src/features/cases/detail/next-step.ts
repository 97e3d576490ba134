import type { CaseStatus, Determination } from '../../../api/schemas/case.ts'
import type { Role } from '../../../api/schemas/user.ts'

/**
 * What happens next on this case, for the person reading it: the line beside the case
 * that tells a reviewer whether anything is theirs to do. The service enforces who may
 * decide; this only says it in words.
 */
export function nextStep(role: Role, status: CaseStatus, outcome: Determination['outcome']) {
  const director = role === 'medical-director'
  switch (status) {
    case 'pending-md-review':
      if (director) return 'Decide this case: approve, deny or pend it, with a rationale.'
      return outcome === 'criteria-met'
        ? 'The criteria are met: you may approve this case.'
        : 'Waiting for a medical director to decide. A reviewer never denies.'
    case 'pended-for-information':
      return director
        ? 'Pended for information. When it arrives, decide the case.'
        : 'Pended for information. A medical director decides once it arrives.'
    case 'approved':
    case 'denied':
      return 'Decided. The decision is final and the case is read-only.'
    default:
      return 'See the decision and the audit trail.'
  }
}
