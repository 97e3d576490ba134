import { useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { liveQueries, sayStillViewing } from '../../../api/queries/live.ts'

/** How often an open, shown case page says it is still open (the service notes fewer). */
export const STILL_VIEWING_EVERY_MS = 60_000

/**
 * Opening a case is what the access log sees, and "Also on this case" looks back five
 * minutes: a page left open longer would drop out of it. So while the page is shown it
 * says so every minute (a hidden tab is not someone on the case), and again on coming
 * back into view after a minute or more; each answer refreshes the list of viewers.
 */
export function useStillViewing(caseId: string) {
  const queryClient = useQueryClient()
  useEffect(() => {
    // The read that opened the page counts as the first.
    let last = Date.now()
    const shown = () => document.visibilityState === 'visible'
    const say = () => {
      last = Date.now()
      sayStillViewing(caseId).then(
        (viewers) => queryClient.setQueryData(liveQueries.viewers(caseId).queryKey, viewers),
        // Presence is a courtesy: a failed beat is not the reader's problem; the next may do.
        () => {},
      )
    }
    const timer = setInterval(() => {
      if (shown()) say()
    }, STILL_VIEWING_EVERY_MS)
    const onVisibility = () => {
      if (shown() && Date.now() - last >= STILL_VIEWING_EVERY_MS) say()
    }
    document.addEventListener('visibilitychange', onVisibility)
    return () => {
      clearInterval(timer)
      document.removeEventListener('visibilitychange', onVisibility)
    }
  }, [caseId, queryClient])
}
