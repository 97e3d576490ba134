import { formatPlainDate, isReviewOverdue } from '../../../domain/plain-date.ts'
import { PLAN_TIME_ZONE, zonedDate } from '../../../domain/time-zone.ts'
import { useNow } from '../../../components/use-now.ts'

/**
 * The policy's "Review overdue" flag beside the criteria a decision relies on: a director
 * should know the criteria have not been looked at for more than a year. In words and a
 * symbol, never by colour alone.
 */
export function PolicyOverdue({ lastReviewed }: { lastReviewed: string }) {
  const now = useNow()
  if (!isReviewOverdue(lastReviewed, zonedDate(now, PLAN_TIME_ZONE))) return null
  return (
    <p className="policy-overdue">
      <span aria-hidden="true">⚠ </span>
      <strong>Review overdue</strong>: the policy was last reviewed{' '}
      <time dateTime={lastReviewed}>{formatPlainDate(lastReviewed)}</time>, more than 12 months ago.
    </p>
  )
}
