import { formatPlainDate } from '../../domain/plain-date.ts'

/** Said in words (and marked with a symbol), never by colour alone. */
export function ReviewOverdueFlag({
  lastReviewed,
  long = false,
}: {
  lastReviewed: string
  long?: boolean
}) {
  return (
    <span className="flag flag--overdue">
      <span aria-hidden="true">⚠ </span>
      <strong>Review overdue</strong>
      {long && (
        <>
          : last reviewed <time dateTime={lastReviewed}>{formatPlainDate(lastReviewed)}</time>, more
          than 12 months ago.
        </>
      )}
    </span>
  )
}
