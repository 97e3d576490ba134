import './due-time.css'
import type { CaseStatus } from '../api/schemas/case.ts'
import { clockOverdue, clockStop, type CaseClock, type ClockStop } from '../domain/case-status.ts'
import { formatInZone, formatInZoneBrief, formatTimeLeft } from '../domain/time-zone.ts'
import { useNow } from './use-now.ts'

/**
 * A due time with its zone and, while its clock runs, the time left. An overdue one says
 * "Overdue" in words, in bold and with a marker, so it stands out without relying on
 * colour. Whether the clock runs, and whether it is overdue, is the case's status's to say
 * (src/domain/case-status.ts): a stopped clock shows its time and why it stopped
 * ("(decided)"), never "left" or "Overdue". A list of many rows passes one shared `now`
 * so it runs one clock, not one per row.
 */
export function DueTime({
  dueAt,
  timeZone,
  status,
  clock = 'turnaround',
  now: sharedNow,
  brief = false,
}: {
  dueAt: string
  timeZone: string
  /** The case's status: it says whether `clock` runs. */
  status: CaseStatus
  /** Which of the case's clocks this due time belongs to. */
  clock?: CaseClock
  now?: Date
  /** A list's one line: the date without its weekday, and its year only when not this one. */
  brief?: boolean
}) {
  const stop = clockStop(status, clock)
  const ownNow = useNow(60_000, stop === null && sharedNow === undefined)
  const due = new Date(dueAt)
  const text = brief
    ? formatInZoneBrief(due, timeZone, sharedNow ?? ownNow)
    : formatInZone(due, timeZone)
  const at = <time dateTime={dueAt}>{text}</time>
  if (stop)
    return (
      <span className="due-time">
        {at} <span className="due-time__stopped">{stopWords[stop]}</span>
      </span>
    )
  const now = sharedNow ?? ownNow
  const overdue = clockOverdue(status, clock, dueAt, now)
  return (
    <span className={`due-time${overdue ? ' due-time--overdue' : ''}`}>
      {at}{' '}
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

const stopWords: Record<ClockStop, string> = {
  decided: '(decided)',
  'information-asked': '(information asked)',
  withdrawn: '(withdrawn)',
}
