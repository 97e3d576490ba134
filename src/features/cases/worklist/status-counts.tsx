import { caseStatusLabels } from '../../../api/labels.ts'
import type { CaseList, CaseStatus } from '../../../api/schemas/case.ts'
import { caseStatusValues } from '../../../domain/case-values.ts'

const order: readonly CaseStatus[] = caseStatusValues

/** Counts per status as a summary list: numbers in words a screen reader reads in order. */
export function StatusCounts({ counts }: { counts: CaseList['counts'] }) {
  return (
    <section aria-labelledby="status-counts-heading" className="status-counts">
      <h2 id="status-counts-heading" className="visually-hidden">
        Cases by status
      </h2>
      <dl>
        {order.map((status) => (
          <div key={status} className={`status-counts__item status-counts__item--${status}`}>
            <dt>{caseStatusLabels[status]}</dt>
            <dd>{counts[status] ?? 0}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
