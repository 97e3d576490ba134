import { lineOfBusinessLabels, urgencyLabels } from '../../../api/labels.ts'
import { memo } from 'react'
import { Link } from 'react-router'
import type { CaseSummary } from '../../../api/schemas/case.ts'
import { DueTime } from '../../../components/due-time.tsx'
import { StatusBadge } from '../../../components/status-badge.tsx'
import { formatInZone, PLAN_TIME_ZONE } from '../../../domain/time-zone.ts'
import { AppealDue } from './appeal-due.tsx'
import { hasFinalDecision } from '../../../domain/case-status.ts'

/**
 * One case. Memoized: "Show more" appends a page, and the rows already on screen
 * should not render again. `now` changes once a minute, for the time left.
 */
export const WorklistRow = memo(function WorklistRow({
  item,
  now,
}: {
  item: CaseSummary
  now: Date
}) {
  const decided = hasFinalDecision(item.status)
  return (
    <tr>
      <td>
        <StatusBadge status={item.status} />
      </td>
      <th scope="row">
        {/* A name that says what the link does; a visually hidden span inside the link
            would give it a clipped first box, where a pointer lands on the cell instead. */}
        <Link
          className="worklist__case-link"
          to={`/cases/${encodeURIComponent(item.id)}`}
          aria-label={`Open case for member ${item.memberIdMasked}`}
        >
          {item.memberIdMasked}
        </Link>
      </th>
      <td>
        <span className="worklist__code">{item.serviceCode}</span>
        {item.serviceDescription && (
          <span className="worklist__service-description">{item.serviceDescription}</span>
        )}
      </td>
      <td>{lineOfBusinessLabels[item.lineOfBusiness]}</td>
      <td>{urgencyLabels[item.urgency]}</td>
      <td>
        <time dateTime={item.receivedAt}>
          {formatInZone(new Date(item.receivedAt), PLAN_TIME_ZONE)}
        </time>
      </td>
      <td>
        {item.status === 'appeal-in-review' ? (
          <AppealDue item={item} now={now} />
        ) : decided ? (
          // A decided case is no longer on the clock: its due time is history, not a warning.
          <>
            <time dateTime={item.dueAt}>{formatInZone(new Date(item.dueAt), PLAN_TIME_ZONE)}</time>{' '}
            <span className="worklist__decided">(decided)</span>
          </>
        ) : (
          <DueTime dueAt={item.dueAt} timeZone={PLAN_TIME_ZONE} now={now} />
        )}
      </td>
    </tr>
  )
})
