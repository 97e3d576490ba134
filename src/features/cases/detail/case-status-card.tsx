import type { Role } from '../../../api/schemas/user.ts'
import { CaseDue } from '../../../components/case-due.tsx'
import { StatusBadge } from '../../../components/status-badge.tsx'
import { caseDue, type LoadedCase } from './loaded-case.ts'
import { nextStep } from './next-step.ts'

/** Heads the decision column: which case, where it stands, when it is due, what comes next. */
export function CaseStatusCard({ data, role }: { data: LoadedCase; role: Role }) {
  const { turnaround } = data
  return (
    <section className="panel case-status-card" aria-labelledby="case-status-heading">
      <h2 id="case-status-heading">
        Case status <span className="case-status-card__ref">{data.reference}</span>
      </h2>
      <p>
        <StatusBadge status={data.status} />
      </p>
      <p>
        <span className="case-status-card__term">Due: </span>
        <CaseDue c={caseDue(data)} timeZone={turnaround.timeZone} />
      </p>
      <p>
        <span className="case-status-card__term">Next step: </span>
        {nextStep(role, data.status, data.determination.outcome)}
      </p>
    </section>
  )
}
