import type { ReactNode } from 'react'
import type { CriteriaSet } from '../api/schemas/policy.ts'
import { RichText } from './rich-text.tsx'
import { TableRegion } from './table-region.tsx'

/**
 * A criteria set as the source lays it out: two columns, the row's label as its header.
 * The policy panel shows it as the policy reads today; the case page as quoted in the
 * determination, where the row that decided the case is marked in words as well as by
 * its shading.
 */
export function CriteriaTable({
  set,
  policyId,
  label,
  caption,
  labelledBy,
  marksDecidingRow = false,
}: {
  set: Pick<CriteriaSet, 'columns' | 'rows'>
  policyId?: string
  /** The accessible name of the scrolling region around the table. */
  label: string
  caption?: ReactNode
  /** The id of a heading that names the table, when it has no caption. */
  labelledBy?: string
  /** On a case: mark the row that decided it (the policy's own data flags it for the engine). */
  marksDecidingRow?: boolean
}) {
  return (
    <TableRegion label={label}>
      <table className="table criteria-table" aria-labelledby={labelledBy}>
        {caption && <caption>{caption}</caption>}
        <thead>
          <tr>
            <th scope="col">{set.columns[0]}</th>
            <th scope="col">{set.columns[1]}</th>
          </tr>
        </thead>
        <tbody>
          {set.rows.map((row) => {
            const decides = marksDecidingRow && row.decides === true
            return (
              <tr key={row.id} className={decides ? 'criteria-table__decides' : undefined}>
                <th scope="row">
                  <RichText value={row.label} policyId={policyId} />
                </th>
                <td>
                  <RichText value={row.policy} policyId={policyId} />
                  {decides && (
                    <span className="decides-tag">The row that applies to this case</span>
                  )}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </TableRegion>
  )
}
