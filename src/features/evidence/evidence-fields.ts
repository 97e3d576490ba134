import type { Study } from '../../api/schemas/policy.ts'

/** What a null fact says: the source is silent, and the app does not guess. */
export const NOT_STATED = 'Not stated in the criteria document'

/** The study facts the source may state, each a column of the viewer, in display order. */
export const factFields = [
  { id: 'design', label: 'Design' },
  { id: 'interventionComparator', label: 'Intervention and comparator' },
  { id: 'followUp', label: 'Follow-up' },
  { id: 'outcomes', label: 'Outcomes' },
  { id: 'findings', label: 'Findings' },
  { id: 'limitations', label: 'Limitations noted by MTAC' },
  { id: 'howUsed', label: 'How MTAC used it' },
] as const satisfies readonly { id: keyof Study; label: string }[]

export type FactId = (typeof factFields)[number]['id']

/** Every column, by the id the URL uses (`sort=year`, `hide=design,followUp`). */
export const columnLabels = {
  review: 'Review',
  year: 'Year',
  study: 'Study',
  ...Object.fromEntries(factFields.map((f) => [f.id, f.label])),
} as Record<ColumnId, string>

export type ColumnId = 'review' | 'year' | 'study' | FactId
export const columnIds = Object.keys(columnLabels) as ColumnId[]

/** The study column names each row, so it can be neither hidden nor lost. */
export const hideableColumns: ColumnId[] = columnIds.filter((id) => id !== 'study')

export function isColumnId(value: string): value is ColumnId {
  return (columnIds as string[]).includes(value)
}
