import type { PolicySummary } from '../../api/schemas/policy.ts'
import { memo } from 'react'
import { Link } from 'react-router'
import { formatPlainDate } from '../../domain/plain-date.ts'
import { ReviewOverdueFlag } from './review-overdue-flag.tsx'
import { TableRegion } from '../../components/table-region.tsx'

/**
 * The library as a table: a few hundred rows render plainly, with no per-row work.
 * Memoized so typing in the search box re-renders only when the results change.
 */
export const PolicyList = memo(function PolicyList({ policies }: { policies: PolicySummary[] }) {
  return (
    <TableRegion label="Policies table">
      <table className="table policy-list">
        <caption className="visually-hidden">Policies</caption>
        <thead>
          <tr>
            <th scope="col">Title</th>
            <th scope="col">Codes</th>
            <th scope="col">Last reviewed</th>
            <th scope="col">Review status</th>
          </tr>
        </thead>
        <tbody>
          {policies.map((p) => (
            <tr key={p.id}>
              <th scope="row">
                <Link to={`/policies/${encodeURIComponent(p.id)}`}>{p.title}</Link>
                <span className="hint">{p.organization}</span>
              </th>
              <td>{p.codes.join(', ')}</td>
              <td>
                <time dateTime={p.lastReviewed}>{formatPlainDate(p.lastReviewed)}</time>
              </td>
              <td>
                {p.reviewOverdue ? (
                  <ReviewOverdueFlag lastReviewed={p.lastReviewed} />
                ) : (
                  'Reviewed within 12 months'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  )
})
