import { useQuery } from '@tanstack/react-query'
import { Link, useNavigate } from 'react-router'
import { caseQueries } from '../../api/queries/cases.ts'
import { arrivalState } from '../../components/arrival-focus.ts'
import { directorQueueStatuses } from '../../domain/case-status.ts'

/**
 * After a decision: straight on to the next case in this director's queue (cases they can
 * act on now, soonest due first), the same order "My queue" shows.
 */
export function NextCase({ currentId }: { currentId: string }) {
  const navigate = useNavigate()
  const queue = useQuery(
    caseQueries.list({
      status: [...directorQueueStatuses],
      assignedToMe: true,
      sort: 'dueAt',
      limit: 2,
    }),
  )
  if (queue.isPending) return null
  const next = queue.data?.items.find((c) => c.id !== currentId)
  if (!next)
    return (
      <p className="next-case">
        Your queue is empty. <Link to="/">Go to the worklist</Link>
      </p>
    )
  return (
    <p className="next-case">
      <button
        type="button"
        className="button"
        onClick={() => navigate(`/cases/${encodeURIComponent(next.id)}`, { state: arrivalState() })}
      >
        Decide the next case
      </button>{' '}
      <span className="hint">
        {next.reference}, {next.serviceCode}
      </span>
    </p>
  )
}
