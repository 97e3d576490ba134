import { caseStatusLabels } from '../api/labels.ts'
import { type CaseStatus } from '../api/schemas/case.ts'

/** Status in words, never by colour alone. */
export function StatusBadge({ status }: { status: CaseStatus }) {
  return <span className={`badge badge--${status}`}>{caseStatusLabels[status]}</span>
}
