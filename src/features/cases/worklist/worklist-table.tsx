import type { CaseSummary } from '../../../api/schemas/case.ts'
import { TableRegion } from '../../../components/table-region.tsx'
import { WorklistRow } from './worklist-row.tsx'

export const worklistColumns = [
  'Case',
  'Status',
  'Member ID',
  'Age',
  'Service',
  'Line of business',
  'Urgency',
  'Due',
  'Assigned to',
] as const

/**
 * A real table: a caption that names what is shown (read, not drawn: the view's tab and
 * "Showing n of m" say it on screen), and a header cell per column. Wide, each case is
 * one line; narrow (under 48rem), each row is a compact card, and the table region
 * scrolls on its own in between rather than the page.
 */
export function WorklistTable({
  items,
  caption,
  now,
}: {
  items: CaseSummary[]
  caption: string
  now: Date
}) {
  return (
    <TableRegion label="Cases table">
      <table className="table worklist-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {worklistColumns.map((name) => (
              <th key={name} scope="col">
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <WorklistRow key={item.id} item={item} now={now} />
          ))}
        </tbody>
      </table>
    </TableRegion>
  )
}
