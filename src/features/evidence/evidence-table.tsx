import { flexRender, type Row, type Table } from '@tanstack/react-table'
import type { Virtualizer } from '@tanstack/react-virtual'
import type { EvidenceRow } from './evidence-rows.ts'
import { StudyRow } from './study-row.tsx'

const ariaSort = { asc: 'ascending', desc: 'descending' } as const

/**
 * A real <table>. When only a window of rows is in the DOM (virtualized), aria-rowcount
 * and aria-rowindex tell assistive technology where each row sits in the whole.
 */
export function EvidenceTable({
  table,
  rows,
  virtualizer,
  currentStudy,
}: {
  table: Table<EvidenceRow>
  /** The rows to show: the table's, after the viewer's text filter. */
  rows: Row<EvidenceRow>[]
  virtualizer: Virtualizer<HTMLDivElement, HTMLTableRowElement> | null
  currentStudy: string | null
}) {
  const columnCount = table.getVisibleLeafColumns().length
  const items = virtualizer?.getVirtualItems() ?? []
  const before = items[0]?.start ?? 0
  const after = virtualizer ? virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0) : 0

  return (
    <table
      className="table evidence-table"
      aria-labelledby="evidence-table-caption"
      aria-rowcount={virtualizer ? rows.length + 1 : undefined}
    >
      <caption id="evidence-table-caption" className="visually-hidden">
        Studies
      </caption>
      <thead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id} aria-rowindex={virtualizer ? 1 : undefined}>
            {group.headers.map((header) => {
              const sorted = header.column.getIsSorted()
              return (
                <th
                  key={header.id}
                  scope="col"
                  aria-sort={sorted ? ariaSort[sorted] : undefined}
                  className={`col-${header.column.id}`}
                >
                  <button
                    type="button"
                    className="sort-button"
                    onClick={header.column.getToggleSortingHandler()}
                  >
                    {flexRender(header.column.columnDef.header, header.getContext())}
                    <span aria-hidden="true" className="sort-button__icon">
                      {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                    </span>
                  </button>
                </th>
              )
            })}
          </tr>
        ))}
      </thead>
      <tbody>
        {virtualizer ? (
          <>
            {before > 0 && <Spacer height={before} columns={columnCount} />}
            {items.map((item) => {
              const row = rows[item.index]!
              return (
                <StudyRow
                  key={row.id}
                  row={row}
                  current={row.id === currentStudy}
                  rowIndex={item.index + 2}
                  virtualIndex={item.index}
                  measureRef={virtualizer.measureElement}
                />
              )
            })}
            {after > 0 && <Spacer height={after} columns={columnCount} />}
          </>
        ) : (
          rows.map((row) => <StudyRow key={row.id} row={row} current={row.id === currentStudy} />)
        )}
      </tbody>
    </table>
  )
}

/** Stands in for the rows scrolled out of the DOM, so the scrollbar keeps its length. */
function Spacer({ height, columns }: { height: number; columns: number }) {
  return (
    <tr aria-hidden="true" className="evidence-spacer">
      <td colSpan={columns} style={{ height }} />
    </tr>
  )
}
