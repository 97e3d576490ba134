import './due-time.css'
import { formatInZone, formatTimeLeft } from '../domain/time-zone.ts'
import { useNow } from './use-now.ts'

/**
 * A due time with its zone and the time left. An overdue one says "Overdue" in words,
 * in bold and with a marker, so it stands out without relying on colour.
 * A list of many rows passes one shared `now` so it runs one clock, not one per row.
 */
export function DueTime({
  dueAt,
  timeZone,
  now: sharedNow,
}: {
  dueAt: string
  timeZone: string
  now?: Date
}) {
  const ownNow = useNow(60_000, sharedNow === undefined)
  const now = sharedNow ?? ownNow
  const due = new Date(dueAt)
  const overdue = due.getTime() < now.getTime()
  return (
    <span className={`due-time${overdue ? ' due-time--overdue' : ''}`}>
      <time dateTime={dueAt}>{formatInZone(due, timeZone)}</time>{' '}
      <span className="due-time__left">
        {overdue && (
          <span className="due-time__marker" aria-hidden="true">
            ⚠{' '}
          </span>
        )}
        {overdue ? <strong>{formatTimeLeft(due, now)}</strong> : `(${formatTimeLeft(due, now)})`}
      </span>
    </span>
  )
}
