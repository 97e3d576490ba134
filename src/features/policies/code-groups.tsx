import type { PolicyDetail } from '../../api/schemas/policy.ts'
import { TableRegion } from '../../components/table-region.tsx'

/** Applicable codes, one table per group under the group's heading as printed. */
export function CodeGroups({ groups }: { groups: PolicyDetail['codeGroups'] }) {
  return (
    <>
      {groups.map((group, i) => (
        <div key={i} className="code-group">
          <h3 id={`code-group-${i}-heading`}>{group.heading}</h3>
          <TableRegion label={`${group.heading}, table`}>
            <table className="table code-table" aria-labelledby={`code-group-${i}-heading`}>
              <thead>
                <tr>
                  <th scope="col">{group.columns[0]}</th>
                  <th scope="col">{group.columns[1]}</th>
                </tr>
              </thead>
              <tbody>
                {group.codes.map((c) => (
                  <tr key={c.code}>
                    <th scope="row">{c.code}</th>
                    <td>{c.description}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        </div>
      ))}
    </>
  )
}
