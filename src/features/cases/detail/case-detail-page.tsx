import { useQuery } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { caseQueries } from '../../../api/queries/cases.ts'
import { PageHeader } from '../../../components/page-header.tsx'
import { PanelBoundary } from '../../../components/panel-boundary.tsx'
import { ErrorMessage, Loading } from '../../../components/query-state.tsx'
import { useStillWorking } from '../../../components/use-still-working.ts'
import { CaseFacts } from './case-facts.tsx'
import { DeterminationPanel } from './determination-panel.tsx'
import { EvidencePanel } from './evidence-panel.tsx'
import type { LoadedCase } from './loaded-case.ts'
import { PasDownload } from './pas-download.tsx'
import './case-detail.css'

/**
 * `/cases/:caseId`: the case, its determination beside the MTAC evidence conclusions,
 * then whatever the route puts in the review slot (decision panel, audit trail).
 */
export function CaseDetailPage({
  caseId,
  review,
}: {
  caseId: string
  /** The slot for src/features/review/: given the loaded case, renders below the columns. */
  review?: (data: LoadedCase) => ReactNode
}) {
  const query = useQuery(caseQueries.detail(caseId))
  const slow = useStillWorking(query.isPending)
  if (query.isPending) {
    return (
      <>
        <PageHeader title="Case review" />
        <Loading
          label={slow ? 'Still working… the criteria service is slow.' : 'Loading the case…'}
        />
      </>
    )
  }
  if (query.isError) {
    return (
      <>
        <PageHeader title="Case review" />
        <ErrorMessage
          error={query.error}
          title="The case could not be loaded"
          onRetry={() => void query.refetch()}
        />
      </>
    )
  }
  const data = query.data
  return (
    <>
      <PageHeader title="Case review" />
      {data.synthetic && <p className="hint">Synthetic case for testing.</p>}
      {/* Each panel fails alone: a reviewer can still read the rest and decide. */}
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
      </div>
      <PanelBoundary name="PAS response">
        <PasDownload data={data} />
      </PanelBoundary>
      {review?.(data)}
    </>
  )
}
