import { useEffect } from 'react'
import { useLocation, useNavigate } from 'react-router'
import type { Outcome } from '../../../api/schemas/policy.ts'
import { outcomeHeadlines } from './outcome-labels.ts'

/** Navigation state the case form leaves when it opens the case it just created. */
export type CreatedState = { created: true }
export const createdState: CreatedState = { created: true }

/**
 * Straight after Submit: the page opens at its top with focus on the heading (not
 * wherever the form's scroll left it), says what was created, and offers the next case.
 */
export function CreatedNotice({ reference, outcome }: { reference: string; outcome: Outcome }) {
  const location = useLocation()
  const navigate = useNavigate()
  const created = (location.state as Partial<CreatedState> | null)?.created === true
  useEffect(() => {
    if (!created) return
    document.documentElement.scrollTop = 0
    document.getElementById('page-heading')?.focus()
  }, [created, location.key])
  if (!created) return null
  return (
    <div className="notice notice--success created-notice" role="status">
      <p className="notice__title">
        Case {reference} created: proposed outcome {outcomeHeadlines[outcome]}.
      </p>
      <button type="button" className="button" onClick={() => navigate('/cases/new')}>
        Enter another case
      </button>
    </div>
  )
}
