import { useLocation, useNavigate } from 'react-router'
import type { Outcome } from '../../../api/schemas/policy.ts'
import { readArrivalState } from '../../../components/arrival-focus.ts'
import { outcomeLabels } from '../../../api/labels.ts'

/**
 * Straight after Submit: says what was created, and offers the next case. (The page
 * opens at its top with focus on its heading: `useArrivalFocus`.)
 */
export function CreatedNotice({ reference, outcome }: { reference: string; outcome: Outcome }) {
  const location = useLocation()
  const navigate = useNavigate()
  if (readArrivalState(location.state).created !== true) return null
  return (
    <div className="notice notice--success created-notice" role="status">
      <p className="notice__title">
        Case {reference} created: proposed outcome {outcomeLabels[outcome]}.
      </p>
      <button type="button" className="button" onClick={() => navigate('/cases/new')}>
        Enter another case
      </button>
    </div>
  )
}
