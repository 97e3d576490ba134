import type { PolicyDetail } from '../../api/schemas/policy.ts'
import { TableRegion } from '../../components/table-region.tsx'

/** The source's revision table, headers verbatim; an empty table says so in the app's words. */
export function RevisionHistory({ history }: { history: PolicyDetail['revisionHistory'] }) {
  return (
    <TableRegion label="Revisions, table">
      <table className="table revision-table" aria-labelledby="revision-history-heading">
        <thead>
          <tr>
            <th scope="col">{history.columns[0]}</th>
            <th scope="col">{history.columns[1]}</th>
          </tr>
        </thead>
        <tbody>
          {history.entries.length === 0 ? (
            <tr>
              <td colSpan={2}>No revisions are listed in the criteria document.</td>
            </tr>
          ) : (
            history.entries.map((e, i) => (
              <tr key={i}>
                <td>{e.date}</td>
                <td>{e.description}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </TableRegion>
  )
}
