import type { CriteriaSet } from '../../api/schemas/policy.ts'
import { CriteriaTable } from '../../components/criteria-table.tsx'

/** One criteria set of the policy under its own heading, which names the table. */
export function PolicyCriteriaSet({ set, policyId }: { set: CriteriaSet; policyId: string }) {
  const headingId = `criteria-${set.id}-heading`
  return (
    <div className="criteria-set">
      <h3 id={headingId}>{set.heading}</h3>
      <CriteriaTable
        set={set}
        policyId={policyId}
        label={`${set.heading}, table`}
        labelledBy={headingId}
      />
    </div>
  )
}
