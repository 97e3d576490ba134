import type { CriteriaSet } from '../../api/schemas/policy.ts'
import { RichText } from '../../components/rich-text.tsx'
import { TableRegion } from '../../components/table-region.tsx'

/** One criteria set as the source lays it out: a two-column table under its heading. */
export function CriteriaTable({ set, policyId }: { set: CriteriaSet; policyId: string }) {
  const headingId = `criteria-${set.id}-heading`
  return (
    <div className="criteria-set">
      <h3 id={headingId}>{set.heading}</h3>
      <TableRegion label={`${set.heading}, table`}>
        <table className="table criteria-table" aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">{set.columns[0]}</th>
              <th scope="col">{set.columns[1]}</th>
            </tr>
          </thead>
          <tbody>
            {set.rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">
                  <RichText value={row.label} policyId={policyId} />
                </th>
                <td>
                  <RichText value={row.policy} policyId={policyId} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </div>
  )
}
