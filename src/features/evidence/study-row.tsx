import { flexRender, type Row } from '@tanstack/react-table'
import type { Ref } from 'react'
import type { EvidenceRow } from './evidence-rows.ts'

export const rowDomId = (studyId: string) => `study-row-${studyId}`

/** One study, every cell's whole text wrapped in its column (nothing cut short). */
export function StudyRow({
  row,
  current,
  rowIndex,
  measureRef,
  virtualIndex,
}: {
  row: Row<EvidenceRow>
  current: boolean
  /** aria-rowindex, set when only some rows are in the DOM. */
  rowIndex?: number
  measureRef?: Ref<HTMLTableRowElement>
  virtualIndex?: number
}) {
  const expanded = row.getIsExpanded()
  return (
    <tr
      id={rowDomId(row.id)}
      ref={measureRef}
      data-index={virtualIndex}
      tabIndex={-1}
      aria-rowindex={rowIndex}
      aria-current={current ? 'true' : undefined}
      className={`evidence-row${current ? ' evidence-row--current' : ''}${expanded ? ' evidence-row--expanded' : ''}`}
    >
      {row.getVisibleCells().map((cell) => {
        const content = (
          <div className="cell-text">
            {flexRender(cell.column.columnDef.cell, cell.getContext())}
          </div>
        )
        if (cell.column.id !== 'study') return <td key={cell.id}>{content}</td>
        return (
          <th scope="row" key={cell.id}>
            {current && <span className="evidence-row__marker">Linked study</span>}
            {content}
          </th>
        )
      })}
    </tr>
  )
}
