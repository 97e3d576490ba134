import { Link } from 'react-router'
import type { CodeLookupItem } from '../../api/schemas/codes.ts'
import { TableRegion } from '../../components/table-region.tsx'

/** Each code with its system, its description where one may be shown, and its policies. */
export function CodeResults({
  items,
  titles,
}: {
  items: CodeLookupItem[]
  titles: Map<string, string>
}) {
  return (
    <TableRegion label="Codes found, table">
      <table className="table code-results">
        <caption>{items.length === 1 ? '1 code found' : `${items.length} codes found`}</caption>
        <thead>
          <tr>
            <th scope="col">Code</th>
            <th scope="col">System</th>
            <th scope="col">Description</th>
            <th scope="col">Policies</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={`${item.system}-${item.code}`}>
              <th scope="row">{item.code}</th>
              <td>{item.system}</td>
              <td>
                {item.description ?? (
                  <span className="muted">Not shown (CPT descriptions are AMA-licensed)</span>
                )}
              </td>
              <td>
                {item.policyIds.length === 0 ? (
                  'No policy in the library'
                ) : (
                  <ul className="plain-list">
                    {item.policyIds.map((id) => (
                      <li key={id}>
                        <Link to={`/policies/${encodeURIComponent(id)}`}>
                          {titles.get(id) ?? id}
                        </Link>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  )
}
