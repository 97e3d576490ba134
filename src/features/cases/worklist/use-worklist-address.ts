import { useEffect, useState } from 'react'
import { useLocation, useSearchParams } from 'react-router'

/**
 * The worklist's filters live in the address (a link, a reload or Back shows the same
 * cases), but a change is written there only once its rows are on screen. A change of
 * address was the costliest step of a filter: the whole app rendered again, and the
 * browser's own work for the new history entry held up the mock service's database read.
 * On the bench machine the 100-case status filter took 45–51 ms that way and 29–30 ms
 * with the address left alone (tests/bench). So the screen follows the change at once,
 * and the address a frame after the rows have painted (useWriteAddressWhen).
 *
 * `search` is what the screen shows: the change not yet written, else the address.
 */
export function useWorklistSearch() {
  const [address] = useSearchParams()
  const { key } = useLocation()
  const [change, setChange] = useState<{ search: URLSearchParams; key: string } | null>(null)
  // Any new address, ours once written or another (Back, a link), ends the change: the
  // address is again what the screen shows, and a return to this entry shows its own.
  if (change && change.key !== key) setChange(null)
  const unwritten = change?.key === key ? change.search : null
  return {
    search: unwritten ?? address,
    unwritten,
    show: (search: URLSearchParams) => setChange({ search, key }),
  }
}

/** Writes the change to the address once `ready` (its rows are on screen), after they paint. */
export function useWriteAddressWhen(unwritten: URLSearchParams | null, ready: boolean) {
  const [, setAddress] = useSearchParams()
  useEffect(() => {
    if (!unwritten || !ready) return
    return afterPaint(() => setAddress(unwritten))
  }, [unwritten, ready, setAddress])
}

function afterPaint(fn: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(fn, 0)
  })
  return () => {
    cancelAnimationFrame(frame)
    clearTimeout(timer)
  }
}
