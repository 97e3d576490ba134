import { caseStatusLabels, lineOfBusinessLabels, urgencyLabels } from '../../../api/labels.ts'
import { replaceEqualDeep } from '@tanstack/react-query'
import { memo } from 'react'
import type { CaseSummary } from '../../../api/schemas/case.ts'
import { CaseDue } from '../../../components/case-due.tsx'
import { StaticLink } from '../../../components/static-link.tsx'
import { StatusBadge } from '../../../components/status-badge.tsx'
import { PLAN_TIME_ZONE } from '../../../domain/time-zone.ts'

/**
 * One case, on one line of a wide table (a card on a phone). Memoized: "Show more" appends a page, and the rows already on screen
 * should not render again. `now` changes once a minute, for the time left.
 */
const Row = function WorklistRow({ item, now }: { item: CaseSummary; now: Date }) {
  return (
    <tr>
      {/* The reference leads the row and names it: the way people say a case. */}
      <th scope="row" data-label="Case">
        <StaticLink className="worklist__case-link" to={`/cases/${encodeURIComponent(item.id)}`}>
          {item.reference}
        </StaticLink>
      </th>
      <td data-label="Status">
        <div title={caseStatusLabels[item.status]}>
          <StatusBadge status={item.status} />
        </div>
      </td>
      <td data-label="Member ID">
        <div>{item.memberIdMasked}</div>
      </td>
      <td data-label="Age">
        <div>
          {item.memberAge ?? (
            <>
              <span aria-hidden="true">–</span>
              <span className="visually-hidden">Not known</span>
            </>
          )}
        </div>
      </td>
      <td data-label="Service">
        {/* A long value ends in "…" on a wide screen: the title shows the whole of it. */}
        <div title={[item.serviceCode, item.serviceDescription].filter(Boolean).join(' ')}>
          <span className="worklist__code">{item.serviceCode}</span>
          {item.serviceDescription && (
            <span className="worklist__service-description"> {item.serviceDescription}</span>
          )}
        </div>
      </td>
      <td data-label="Line of business">
        <div title={lineOfBusinessLabels[item.lineOfBusiness]}>
          {lineOfBusinessLabels[item.lineOfBusiness]}
        </div>
      </td>
      <td data-label="Urgency">
        <div>{urgencyLabels[item.urgency]}</div>
      </td>
      <td data-label="Due">
        <div>
          <CaseDue c={item} timeZone={PLAN_TIME_ZONE} now={now} brief />
        </div>
      </td>
      <td data-label="Assigned to">
        <div title={item.assignedTo?.name}>{item.assignedTo?.name ?? 'Not assigned'}</div>
      </td>
    </tr>
  )
}

/**
 * A changed filter answers with new objects for cases already on screen (the cache
 * shares equal data only within one query): a row whose case reads the same is kept.
 */
const sameCase = (a: CaseSummary, b: CaseSummary) => a === b || replaceEqualDeep(a, b) === a

export const WorklistRow = memo(
  Row,
  (before, after) => before.now === after.now && sameCase(before.item, after.item),
)
