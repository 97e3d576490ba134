import { useQuery } from '@tanstack/react-query'
import { Link, useParams } from 'react-router'
import { caseQueries } from '../../api/queries/cases.ts'
import { PageHeader } from '../../components/page-header.tsx'
import { QueryView } from '../../components/query-view.tsx'
import { DecisionSummary } from '../../features/review/decision-summary.tsx'

/** The printable decision summary; the layout's print styles drop the header and nav. */
export default function CasePrintRoute() {
  const caseId = useParams().caseId ?? ''
  const detail = useQuery(caseQueries.detail(caseId))
  return (
    <>
      <PageHeader title="Decision summary">
        {/* The name people say and search, at the head of the page as on the screen. */}
        {detail.data && <p className="case-reference">Case {detail.data.reference}</p>}
        <p className="button-row no-print">
          <button type="button" className="button" onClick={() => window.print()}>
            Print
          </button>
          <Link to={`/cases/${encodeURIComponent(caseId)}`}>Back to the case</Link>
        </p>
      </PageHeader>
      <QueryView query={detail} loading="Loading the case…">
        {(data) => <DecisionSummary value={data} />}
      </QueryView>
    </>
  )
}
