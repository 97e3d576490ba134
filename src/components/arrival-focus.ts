import { useEffect } from 'react'
import { useLocation } from 'react-router'

/**
 * Navigation state that asks the next page to open at its top with focus on its heading:
 * after Submit, and after "Decide the next case". A screen-reader or keyboard user then
 * starts from the page's name, not from wherever the last page left focus.
 */
export type ArrivalState = { focusHeading: true; created?: boolean }
export const arrivalState = (extra: Partial<ArrivalState> = {}): ArrivalState => ({
  focusHeading: true,
  ...extra,
})

export function readArrivalState(state: unknown): Partial<ArrivalState> {
  return typeof state === 'object' && state !== null ? (state as Partial<ArrivalState>) : {}
}

/** Call on a page that has loaded its heading (`#page-heading`). */
export function useArrivalFocus(ready: boolean) {
  const location = useLocation()
  const wanted = readArrivalState(location.state).focusHeading === true
  useEffect(() => {
    if (!wanted || !ready) return
    document.documentElement.scrollTop = 0
    document.getElementById('page-heading')?.focus()
  }, [wanted, ready, location.key])
}
