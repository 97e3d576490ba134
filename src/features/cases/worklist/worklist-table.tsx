import type { CaseSummary } from '../../../api/schemas/case.ts'
import { WorklistRow } from './worklist-row.tsx'

/** A real table: a caption that says what is shown, and a header cell per column. */
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
    <div className="table-wrap">
      <table className="table worklist-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Status</th>
            <th scope="col">Member ID</th>
            <th scope="col">Service</th>
            <th scope="col">Line of business</th>
            <th scope="col">Urgency</th>
            <th scope="col">Received</th>
            <th scope="col">Due</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <WorklistRow key={item.id} item={item} now={now} />
          ))}
        </tbody>
      </table>
    </div>
  )
}
