import {
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  useReactTable,
  type ExpandedState,
} from '@tanstack/react-table'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useCallback, useMemo, useRef, useState } from 'react'
import type { PolicyEvidence } from '../../api/schemas/policy.ts'
import { PanelBoundary } from '../../components/panel-boundary.tsx'
import { EvidenceControls } from './evidence-controls.tsx'
import { evidenceColumns } from './evidence-columns.tsx'
import { evidenceRows } from './evidence-rows.ts'
import { EvidenceTable } from './evidence-table.tsx'
import { LinkedStudyNotice } from './linked-study-notice.tsx'
import { measureAfterLayout } from './measure-after-layout.ts'
import { factFields } from './evidence-fields.ts'
import { ReviewConclusions } from './review-conclusions.tsx'
import { useEvidenceView } from './use-evidence-view.ts'
import { useStudyLanding } from './use-study-landing.ts'
import './evidence.css'

/**
 * Below this many rows every row is rendered; from it, only those in view. Each row is
 * ten cells of text: at 99 rows drawn, one filter keystroke laid out for over 100 ms.
 */
export const VIRTUALIZE_FROM = 40

export function EvidenceViewer({
  evidence,
  beside,
}: {
  evidence: PolicyEvidence
  /** Beside a case (its reading panel): the study to open at, and the view kept off the URL. */
  beside?: { study: string | null }
}) {
  const { view, text, setText, update, sorting, columnVisibility, onSorting, onVisibility } =
    useEvidenceView(beside)
  const data = useMemo(() => evidenceRows(evidence), [evidence])
  const columns = useMemo(() => evidenceColumns(evidence.policyId), [evidence.policyId])
  // A column the criteria document leaves empty for every study says nothing: it is hidden,
  // and one sentence above the table says so instead of a column of "Not stated".
  const emptyFields = useMemo(
    () => factFields.filter((f) => data.every((r) => !r.study[f.id])),
    [data],
  )
  const shownColumns = useMemo(
    () => ({
      ...columnVisibility,
      ...Object.fromEntries(emptyFields.map((f) => [f.id, false])),
    }),
    [columnVisibility, emptyFields],
  )
  // The linked study opens expanded, so its full text is there to read.
  const [expanded, setExpanded] = useState<ExpandedState>(() =>
    view.study ? { [view.study]: true } : {},
  )

  // Same identity while the review filter stands (see use-evidence-view.ts for why).
  const columnFilters = useMemo(
    () => (view.review ? [{ id: 'review', value: view.review }] : []),
    [view.review],
  )

  // The app is not built with React Compiler; the table is read afresh on each render.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data,
    columns,
    state: {
      sorting,
      columnVisibility: shownColumns,
      expanded,
      columnFilters,
    },
    getRowId: (r) => r.study.id,
    getRowCanExpand: () => true,
    onSortingChange: onSorting,
    onColumnVisibilityChange: onVisibility,
    onExpandedChange: setExpanded,
    // Every column sorts A to Z (oldest first) on the first press, then reverses.
    sortDescFirst: false,
    getCoreRowModel: getCoreRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    getSortedRowModel: getSortedRowModel(),
  })
  // The text filter runs here, over the rows the table has sorted and filtered by
  // review (both memoized), not as the table's global filter: a keystroke is then one
  // `includes` per row on the precomputed search string, and none of the table's
  // filter bookkeeping (about a third of a keystroke's script at 2,000 studies).
  const sortedRows = table.getRowModel().rows
  const needle = text.trim().toLowerCase()
  const rows = useMemo(
    () => (needle ? sortedRows.filter((r) => r.original.search.includes(needle)) : sortedRows),
    [sortedRows, needle],
  )

  const scrollRef = useRef<HTMLDivElement>(null)
  const virtualize = rows.length >= VIRTUALIZE_FROM
  const getItemKey = useCallback((i: number) => rows[i]?.id ?? i, [rows])
  const virtualizer = useVirtualizer<HTMLDivElement, HTMLTableRowElement>({
    count: rows.length,
    enabled: virtualize,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 120,
    // A few rows beyond the box each way: enough for a keyboard's scroll step, and each
    // row is ten cells of text to lay out on every keystroke.
    overscan: 3,
    getItemKey,
    measureElement: measureAfterLayout,
    // Without layout (tests, first paint) assume a viewport, so some rows render.
    initialRect: { width: 1200, height: 800 },
  })
  const currentIndex = view.study ? rows.findIndex((r) => r.id === view.study) : -1
  useStudyLanding(view.study, currentIndex, virtualize ? virtualizer : null)

  return (
    <>
      {/* The conclusions and the table fail apart: either is worth reading alone. */}
      <PanelBoundary name="review conclusions">
        <ReviewConclusions reviews={evidence.reviews} policyId={evidence.policyId} />
      </PanelBoundary>
      <section aria-labelledby="studies-heading" className="evidence-studies">
        <h2 id="studies-heading">Studies</h2>
        {emptyFields.length > 0 && (
          <p className="hint">
            The criteria document gives no study details for{' '}
            {emptyFields.map((f) => f.label.toLowerCase()).join(', ')}, so those columns are not
            shown.
          </p>
        )}
        <EvidenceControls
          reviews={evidence.reviews}
          review={view.review}
          onReview={(review) => update({ review })}
          text={text}
          onText={setText}
          hidden={view.hide}
          onToggleColumn={(id, shown) =>
            update({ hide: shown ? view.hide.filter((h) => h !== id) : [...view.hide, id] })
          }
        />
        <p role="status" className="evidence-count">
          Showing {rows.length.toLocaleString('en-US')} of {data.length.toLocaleString('en-US')}{' '}
          {data.length === 1 ? 'study' : 'studies'}
        </p>
        {view.study && currentIndex < 0 && (
          <LinkedStudyNotice
            known={data.some((r) => r.study.id === view.study)}
            onShowAll={() => {
              setText('')
              update({ review: '', q: '' })
            }}
          />
        )}
        <div
          ref={scrollRef}
          className={`evidence-scroll${virtualize ? ' evidence-scroll--virtual' : ''}`}
          // The table scrolls in here, never the page: a named region a keyboard can scroll.
          role="region"
          aria-label="Studies table"
          tabIndex={0}
        >
          <PanelBoundary name="studies table">
            <EvidenceTable
              table={table}
              rows={rows}
              virtualizer={virtualize ? virtualizer : null}
              currentStudy={view.study}
            />
          </PanelBoundary>
        </div>
      </section>
    </>
  )
}
