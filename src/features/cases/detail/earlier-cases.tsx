import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { caseQueries } from '../../../api/queries/cases.ts'
import { StatusBadge } from '../../../components/status-badge.tsx'
import { formatInZone, PLAN_TIME_ZONE } from '../../../domain/time-zone.ts'

/** The same member's other cases and how they were decided, asked of the service by case (a fact of the case details). */
export function EarlierCases({ caseId }: { caseId: string }) {
  const related = useQuery(caseQueries.related(caseId))
  return (
    <>
      {related.isPending ? (
        <p className="hint">Loading…</p>
      ) : related.isError ? (
        <p>The member&rsquo;s other cases could not be loaded.</p>
      ) : related.data.items.length === 0 ? (
        <p>None: this is the member&rsquo;s first case here.</p>
      ) : (
        <ul className="plain-list earlier-cases">
          {related.data.items.map((c) => (
            <li key={c.id}>
              <Link to={`/cases/${encodeURIComponent(c.id)}`}>{c.reference}</Link>: {c.serviceCode}
              {c.serviceDescription ? ` (${c.serviceDescription})` : ''}, received{' '}
              <time dateTime={c.receivedAt}>
                {formatInZone(new Date(c.receivedAt), PLAN_TIME_ZONE)}
              </time>
              , <StatusBadge status={c.status} />
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
