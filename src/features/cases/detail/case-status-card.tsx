import type { Role } from '../../../api/schemas/user.ts'
import { StatusBadge } from '../../../components/status-badge.tsx'
import type { LoadedCase } from './loaded-case.ts'
import { nextStep } from './next-step.ts'

/**
 * Heads the decision column: where the case stands and what comes next. The reference is
 * the page's heading and the due time is with the case's facts: each is said once.
 */
export function CaseStatusCard({ data, role }: { data: LoadedCase; role: Role }) {
  return (
    <section className="panel case-status-card" aria-labelledby="case-status-heading">
      <h2 id="case-status-heading">Case status</h2>
      <p>
        <StatusBadge status={data.status} />
      </p>
      <p>
        <span className="case-status-card__term">Next step: </span>
        {nextStep(role, data.status, data.determination.outcome)}
      </p>
    </section>
  )
}
