import { createColumnHelper, type FilterFn } from '@tanstack/react-table'
import { plainText, type Paragraph } from '../../api/schemas/rich-text.ts'
import { RichText } from '../../components/rich-text.tsx'
import { columnLabels, factFields, NOT_STATED } from './evidence-fields.ts'
import type { EvidenceRow } from './evidence-rows.ts'

const column = createColumnHelper<EvidenceRow>()

const inReview: FilterFn<EvidenceRow> = (row, _columnId, value: string) =>
  row.original.review.id === value

export function Fact({ value, policyId }: { value: Paragraph | null; policyId: string }) {
  if (!value) return <em className="not-stated">{NOT_STATED}</em>
  return <RichText value={value} policyId={policyId} />
}

export function StudyCitation({ row }: { row: EvidenceRow }) {
  const s = row.study
  return (
    <>
      <span className="study__authors">{s.authors}</span> ({s.year}).{' '}
      <span className="study__title">{s.title}</span>. <em>{s.journal}</em>, {s.volumePages}
    </>
  )
}

/**
 * Sort keys are plain values (review date, year, text); a fact the source does not
 * state has no key and sorts last in either direction.
 */
export function evidenceColumns(policyId: string) {
  return [
    column.accessor((r) => r.review.date, {
      id: 'review',
      header: columnLabels.review,
      filterFn: inReview,
      cell: (c) => c.row.original.review.heading,
    }),
    column.accessor((r) => r.study.year, {
      id: 'year',
      header: columnLabels.year,
      cell: (c) => c.getValue(),
    }),
    column.accessor((r) => r.study.authors, {
      id: 'study',
      header: columnLabels.study,
      enableHiding: false,
      cell: (c) => <StudyCitation row={c.row.original} />,
    }),
    ...factFields.map((f) =>
      column.accessor((r) => (r.study[f.id] ? plainText(r.study[f.id]!) : undefined), {
        id: f.id,
        header: f.label,
        sortUndefined: 'last',
        cell: (c) => <Fact value={c.row.original.study[f.id]} policyId={policyId} />,
      }),
    ),
  ]
}
