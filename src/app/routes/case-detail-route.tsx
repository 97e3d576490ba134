import { useParams } from 'react-router'
import { CaseDetailPage } from '../../features/cases/detail/case-detail-page.tsx'

export default function CaseDetailRoute() {
  const { caseId = '' } = useParams()
  return (
    <CaseDetailPage
      caseId={caseId}
      // Review slot: the decision panel and audit trail from src/features/review/ go here,
      // e.g. review={(c) => <><DecisionPanel case={c} /><AuditTrail caseId={c.id} /></>}.
      review={() => null}
    />
  )
}
