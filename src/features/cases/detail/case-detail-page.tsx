import { useQuery } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { caseQueries } from '../../../api/queries/cases.ts'
import { PageHeader } from '../../../components/page-header.tsx'
import { PanelBoundary } from '../../../components/panel-boundary.tsx'
import { QueryView } from '../../../components/query-view.tsx'
import { ReadingCaseContext } from '../../../components/reading-case.ts'
import { useArrivalFocus } from '../../../components/arrival-focus.ts'
import { CaseFacts } from './case-facts.tsx'
import { CaseSummary } from './case-summary.tsx'
import { CreatedNotice } from './created-notice.tsx'
import { CaseLiveNotice } from './case-live-notice.tsx'
import { DeterminationPanel } from './determination-panel.tsx'
import { EvidencePanel } from './evidence-panel.tsx'
import type { LoadedCase } from './loaded-case.ts'
import { PolicyReadingLinks } from './policy-reading-links.tsx'
import { PasDownload } from './pas-download.tsx'
import './case-detail.css'

/**
 * `/cases/:caseId`, headed by the case reference: the case, its determination and the
 * MTAC evidence conclusions, and the route's review slot (case status, decision panel,
 * audit trail). From 1200 px the slot is a column of its own beside the case, so the
 * decision is in view while the evidence is read; narrower, it follows the case, and a
 * "Go to decision" link near the top leads to it.
 */
export function CaseDetailPage({
  caseId,
  review,
}: {
  caseId: string
  /** The slot for the decision column: given the loaded case, renders beside (or below) it. */
  review?: (data: LoadedCase) => ReactNode
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
      {(data) => <LoadedCasePage data={data} review={review} />}
    </QueryView>
  )
}

function LoadedCasePage({
  data,
  review,
}: {
  data: LoadedCase
  review?: (data: LoadedCase) => ReactNode
}) {
  return (
    <>
      <PageHeader title={`Case ${data.reference}`}>
        {review && (
          <p className="case-jump no-print">
            <a href="#case-decision">Go to decision</a>
          </p>
        )}
      </PageHeader>
      <CreatedNotice reference={data.reference} outcome={data.determination.outcome} />
      <CaseLiveNotice data={data} />
      {data.synthetic && <p className="hint">Synthetic case for testing.</p>}
      <div className={review ? 'case-layout' : undefined}>
        {/* Links to the policy carry the case id, so what a director opens is recorded. */}
        <ReadingCaseContext value={data.id}>
          <div className="case-layout__main">
            {/* Each panel fails alone: a reviewer can still read the rest and decide. */}
            <PanelBoundary name="case summary">
              <CaseSummary data={data} />
            </PanelBoundary>
            <PanelBoundary name="case details">
              <CaseFacts data={data} />
            </PanelBoundary>
            <div className="case-columns">
              <PanelBoundary name="determination">
                <DeterminationPanel data={data} />
              </PanelBoundary>
              <PanelBoundary name="MTAC evidence">
                <EvidencePanel data={data} />
              </PanelBoundary>
              <PolicyReadingLinks data={data} />
            </div>
            <PanelBoundary name="PAS response">
              <PasDownload data={data} />
            </PanelBoundary>
          </div>
        </ReadingCaseContext>
        {review && (
          <div className="case-layout__side" id="case-decision" tabIndex={-1}>
            {review(data)}
          </div>
        )}
      </div>
    </>
  )
}
