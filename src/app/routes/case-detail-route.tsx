import { useParams } from 'react-router'
import { CaseDetailPage } from '../../features/cases/detail/case-detail-page.tsx'
import { CaseStatusCard } from '../../features/cases/detail/case-status-card.tsx'
import { CaseReview } from '../../features/review/case-review.tsx'
import { useAuth } from '../auth-context.ts'
import { CaseReading } from '../case-reading.tsx'

export default function CaseDetailRoute() {
  const { caseId = '' } = useParams()
  const { user } = useAuth()
  return (
    <CaseDetailPage
      // A new case is a new page: nothing typed or announced on the last one carries over.
      key={caseId}
      caseId={caseId}
      // The policy and its evidence, read beside the case (their features, composed here).
      readBeside={(target, id) => <CaseReading target={target} caseId={id} />}
      // The decision column: where the case stands and what comes next for this user,
      // then the decision panel and audit trail from src/features/review/.
      review={(c) =>
        user && (
          <>
            <CaseStatusCard data={c} role={user.role} />
            <CaseReview caseId={c.id} timeZone={c.turnaround.timeZone} user={user} />
          </>
        )
      }
    />
  )
}
