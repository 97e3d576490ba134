import type { CaseStatus } from '../api/schemas/case.ts'
import { runningClock } from '../domain/case-status.ts'
import { DueTime } from './due-time.tsx'

/**
 * When a case is due, by the clock that runs on it now (src/domain/case-status.ts): an
 * appeal in review by the appeal's, anything else by the turnaround clock, which shows
 * "(decided)" and no time left once the case is decided.
 */
export function CaseDue({
  c,
  timeZone,
  now,
  brief,
}: {
  c: { status: CaseStatus; dueAt: string; appealDueAt?: string | null }
  timeZone: string
  now?: Date
  /** For a list's one line (see DueTime). */
  brief?: boolean
}) {
  if (runningClock(c.status) !== 'appeal')
    return <DueTime dueAt={c.dueAt} timeZone={timeZone} status={c.status} now={now} brief={brief} />
  if (!c.appealDueAt) return <span>Appeal due: no confirmed rule</span>
  return (
    <span>
      Appeal due{' '}
      <DueTime
        dueAt={c.appealDueAt}
        timeZone={timeZone}
        status={c.status}
        clock="appeal"
        now={now}
        brief={brief}
      />
    </span>
  )
}
