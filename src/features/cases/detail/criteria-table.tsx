import type { Determination } from '../../../api/schemas/case.ts'
import { RichText } from '../../../components/rich-text.tsx'
import { TableRegion } from '../../../components/table-region.tsx'

type AppliedSet = NonNullable<Determination['criteriaSet']>

/**
 * The criteria set as quoted in the determination (the record), not as the policy reads
 * today. The row that decided the case is marked in words as well as by its shading.
 */
export function CriteriaTable({ set, policyId }: { set: AppliedSet; policyId?: string }) {
  return (
    <TableRegion label="Criteria set applied, table">
      <table className="table criteria-table">
        <caption>
          <span className="hint">Criteria set applied</span>
          <span className="criteria-table__heading">{set.heading}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{set.columns[0]}</th>
            <th scope="col">{set.columns[1]}</th>
          </tr>
        </thead>
        <tbody>
          {set.rows.map((row) => (
            <tr key={row.id} className={row.decides ? 'criteria-table__decides' : undefined}>
              <th scope="row">
                <RichText value={row.label} policyId={policyId} />
              </th>
              <td>
                <RichText value={row.policy} policyId={policyId} />
                {row.decides && (
                  <span className="decides-tag">The row that applies to this case</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  )
}
