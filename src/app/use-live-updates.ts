import { useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { followCaseChanges, noteCasesChanged } from '../api/live-events.ts'
import { caseQueries } from '../api/queries/cases.ts'

// A refetch of the access log or the letters is itself logged as a read: never in the background.
const REFRESHED = new Set(['detail', 'audit', 'related'])

/**
 * One event stream per signed-in session (`session` names it; null: none), closed on
 * sign-out and unmount. A change refreshes an open case in the background; worklists are
 * only marked stale, so their rows never move under the pointer (the worklist's
 * NewCasesBanner offers the new ones).
 */
export function useLiveUpdates(session: string | null) {
  const queryClient = useQueryClient()
  useEffect(() => {
    if (!session) return
    return followCaseChanges((first) => {
      noteCasesChanged()
      // On connecting, only the worklist looks again (one small read, for a case created
      // while it loaded); an open case waits for a change the stream saw.
      if (first) return
      void queryClient.invalidateQueries({ queryKey: caseQueries.lists(), refetchType: 'none' })
      // A case that failed to load keeps its "Try again": the person asked for that.
      void queryClient.invalidateQueries({
        queryKey: caseQueries.all(),
        predicate: (q) => REFRESHED.has(String(q.queryKey[1])) && q.state.status === 'success',
      })
    })
  }, [session, queryClient])
}
