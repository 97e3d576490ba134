import type { CaseSummary } from '../../../api/schemas/case.ts'
import { DueTime } from '../../../components/due-time.tsx'
import { PLAN_TIME_ZONE } from '../../../domain/time-zone.ts'

/** An appeal in review runs on its own clock: "Appeal due …", or why no due time is set. */
export function AppealDue({ item, now }: { item: CaseSummary; now: Date }) {
  if (!item.appealDueAt) return <span>Appeal due: no confirmed rule</span>
  return (
    <span>
      Appeal due <DueTime dueAt={item.appealDueAt} timeZone={PLAN_TIME_ZONE} now={now} />
    </span>
  )
}
