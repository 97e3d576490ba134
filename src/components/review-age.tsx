import { formatPlainDate, reviewedAgo } from '../domain/plain-date.ts'
import { PLAN_TIME_ZONE, zonedDate } from '../domain/time-zone.ts'
import { useNow } from './use-now.ts'

/**
 * App words under an MTAC review's heading (the heading itself stays as the source writes
 * it): the review's date and how old that evidence is, "reviewed 24 years ago".
 */
export function ReviewAge({ date }: { date: string }) {
  const today = zonedDate(useNow(), PLAN_TIME_ZONE)
  return (
    <p className="hint">
      MTAC review of <time dateTime={date}>{formatPlainDate(date)}</time>:{' '}
      {reviewedAgo(date, today)}
    </p>
  )
}
