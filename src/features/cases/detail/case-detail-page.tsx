import { useQuery } from '@tanstack/react-query'
import { useState, type MouseEvent, type ReactNode } from 'react'
import { caseQueries } from '../../../api/queries/cases.ts'
import { PageHeader } from '../../../components/page-header.tsx'
import { PanelBoundary } from '../../../components/panel-boundary.tsx'
import { QueryView } from '../../../components/query-view.tsx'
import { ReadingCaseContext } from '../../../components/reading-case.ts'
import { useArrivalFocus } from '../../../components/arrival-focus.ts'
import { CaseSummary } from './case-summary.tsx'
import { CreatedNotice } from './created-notice.tsx'
import { CaseLiveNotice } from './case-live-notice.tsx'
import { DeterminationPanel } from './determination-panel.tsx'
import { EvidencePanel } from './evidence-panel.tsx'
import type { LoadedCase } from './loaded-case.ts'
import { PolicyReadingLinks } from './policy-reading-links.tsx'
import { PasDownload } from './pas-download.tsx'
import { ReadingPanel, type ReadingTarget, readingTargetOf } from './reading-panel.tsx'
import './case-detail.css'

/**
 * `/cases/:caseId`, headed by the case reference (said once, there) and the links to
 * read the policy: the case's facts, its determination and the MTAC evidence
 * conclusions, and the route's review slot (case status, decision panel, audit trail).
 * From 1200 px the slot is a column of its own beside the case, so the decision is in
 * view while the evidence is read; narrower, it follows the case, and a "Go to decision"
 * link near the top leads to it. The policy and its evidence open beside the case, in a
 * panel, so reading never loses the case.
 */
export function CaseDetailPage({
  caseId,
  review,
  readBeside,
}: {
  caseId: string
  /** The slot for the decision column: given the loaded case, renders beside (or below) it. */
  review?: (data: LoadedCase) => ReactNode
  /** The slot for the reading panel's content; without it, policy links leave the case. */
  readBeside?: (target: ReadingTarget, caseId: string) => ReactNode
}) {
  const query = useQuery(caseQueries.detail(caseId))
  useArrivalFocus(query.isSuccess)
  return (
    <QueryView
      query={query}
      title="Case review"
      loading="Loading the case…"
      errorTitle="The case could not be loaded"
    >
      {(data) => <LoadedCasePage data={data} review={review} readBeside={readBeside} />}
    </QueryView>
  )
}

function LoadedCasePage({
  data,
  review,
  readBeside,
}: {
  data: LoadedCase
  review?: (data: LoadedCase) => ReactNode
  readBeside?: (target: ReadingTarget, caseId: string) => ReactNode
}) {
  const [reading, setReading] = useState<{ target: ReadingTarget; opener: HTMLElement } | null>(
    null,
  )
  // Capture phase: before a router link's own click handler navigates away. A plain
  // click (or Enter) on a link to the policy or its evidence opens it beside the case;
  // a click with a modifier still opens the full page, in a new tab if asked.
  const openBeside = (e: MouseEvent) => {
    if (!readBeside) return
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey)
      return
    const link = e.target instanceof Element ? e.target.closest('a[href]') : null
    if (!(link instanceof HTMLAnchorElement) || (link.target && link.target !== '_self')) return
    const target = readingTargetOf(link)
    if (!target) return
    e.preventDefault()
    setReading((open) => ({ target, opener: open?.opener ?? link }))
  }
  return (
    <div onClickCapture={openBeside}>
      <PageHeader title={`Case ${data.reference}`}>
        {data.synthetic && <p className="hint case-synthetic">Synthetic case for testing.</p>}
        {/* Straight after Submit, the next case is the first stop after the heading: the
            nurse moves on before anyone reads the policy. */}
        <CreatedNotice reference={data.reference} outcome={data.determination.outcome} />
        <PolicyReadingLinks data={data} />
        {/* After the policy links: read, then decide. From 1200 px the decision is in view
            and this shows only to the keyboard, as a way past the case's links. */}
        {review && (
          <p className="case-jump no-print">
            <a href="#case-decision">Go to decision</a>
          </p>
        )}
      </PageHeader>
      <CaseLiveNotice data={data} />
      {/* Links to the policy carry the case id, so what a director opens is recorded. */}
      <ReadingCaseContext value={data.id}>
        <div className={review ? 'case-layout' : undefined}>
          <div className="case-layout__main">
            {/* Each panel fails alone: a reviewer can still read the rest and decide. */}
            {/* The facts beside the determination from 1024 px: both start in the first
                screen, with the decision beside them from 1200 px. */}
            <div className="case-top">
              <PanelBoundary name="case details">
                <CaseSummary data={data} />
              </PanelBoundary>
              <PanelBoundary name="determination">
                <DeterminationPanel data={data} />
              </PanelBoundary>
            </div>
            <PanelBoundary name="MTAC evidence">
              <EvidencePanel data={data} />
            </PanelBoundary>
            <PanelBoundary name="PAS response">
              <PasDownload data={data} />
            </PanelBoundary>
          </div>
          {review && (
            <div className="case-layout__side" id="case-decision" tabIndex={-1}>
              {review(data)}
            </div>
          )}
        </div>
        {reading && readBeside && (
          <ReadingPanel
            target={reading.target}
            caseId={data.id}
            returnFocusTo={reading.opener}
            onClose={() => setReading(null)}
          >
            {readBeside(reading.target, data.id)}
          </ReadingPanel>
        )}
      </ReadingCaseContext>
    </div>
  )
}
