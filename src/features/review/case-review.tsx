import { useQueryClient } from '@tanstack/react-query'
import { Link } from 'react-router'
import { caseQueries } from '../../api/queries/cases.ts'
import type { User } from '../../api/schemas/user.ts'
import { PanelBoundary } from '../../components/panel-boundary.tsx'
import { AppealPanel } from './appeal-panel.tsx'
import { AccessLogPanel } from './access-log.tsx'
import { AuditTrail } from './audit-trail.tsx'
import { DecisionPanel } from './decision-panel.tsx'

/** The review part of the case page: the decision, a way to print it, and the audit trail. */
export function CaseReview({
  caseId,
  timeZone,
  user,
}: {
  caseId: string
  timeZone: string
  user: User
}) {
  const queryClient = useQueryClient()
  return (
    <div className="case-review">
      <PanelBoundary name="decision panel">
        <DecisionPanel caseId={caseId} user={user} />
      </PanelBoundary>
      <PanelBoundary name="appeal">
        <AppealPanel caseId={caseId} user={user} />
      </PanelBoundary>
      <p className="no-print">
        <Link to={`/cases/${encodeURIComponent(caseId)}/print`}>Printable decision summary</Link>
      </p>
      <PanelBoundary
        name="audit trail"
        // The answer that broke it is cached: without a reset, Try again would show it again.
        onRetry={() => void queryClient.resetQueries(caseQueries.audit(caseId))}
      >
        <AuditTrail caseId={caseId} timeZone={timeZone} />
      </PanelBoundary>
      {user.role === 'medical-director' && (
        <PanelBoundary
          name="access log"
          onRetry={() => void queryClient.resetQueries(caseQueries.accessLog(caseId))}
        >
          <AccessLogPanel caseId={caseId} timeZone={timeZone} />
        </PanelBoundary>
      )}
    </div>
  )
}
