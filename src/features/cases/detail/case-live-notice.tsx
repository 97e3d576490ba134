import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { roleLabels } from '../../../api/labels.ts'
import { liveQueries } from '../../../api/queries/live.ts'
import { sessionQueries } from '../../../api/session.ts'
import type { LoadedCase } from './loaded-case.ts'
import { useStillViewing } from './use-still-viewing.ts'

/** How often the page asks who else has the case open (see also useStillViewing). */
const VIEWERS_EVERY_MS = 30_000

/**
 * Two things a director must not miss while the case is open, both said politely: who
 * else has it open ("Also on this case"), and a decision someone else recorded since the
 * page opened (the case itself refreshes in the background: src/app/use-live-updates.ts).
 */
export function CaseLiveNotice({ data }: { data: LoadedCase }) {
  const me = useQuery(sessionQueries.me()).data
  const viewers = useQuery({ ...liveQueries.viewers(data.id), refetchInterval: VIEWERS_EVERY_MS })
  useStillViewing(data.id)
  const [decisionsAtOpen] = useState(data.decisions.length)
  const latest = data.decisions.at(-1)
  const changedBy =
    data.decisions.length > decisionsAtOpen && latest && latest.decidedBy.id !== me?.id
      ? latest.decidedBy.name
      : null
  const others = viewers.data?.items ?? []
  return (
    <>
      <div className="case-presence no-print" aria-live="polite">
        {others.length > 0 && (
          <p>
            Also on this case:{' '}
            {others.map((v) => `${v.name} (${roleLabels[v.role].toLowerCase()})`).join(', ')}
          </p>
        )}
      </div>
      <div aria-live="polite">
        {changedBy && (
          <p className="notice">
            This case was changed by {changedBy} while you had it open: a decision was recorded. The
            page shows it now.
          </p>
        )}
      </div>
    </>
  )
}
