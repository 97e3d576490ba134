import { useCallback, useEffect, useState } from 'react'
import { useLocation, useSearchParams } from 'react-router'

/**
 * The worklist's filters live in the address (a link, a reload or Back shows the same
 * cases), but a change is written there only once its rows are on screen. A change of
 * address was the costliest step of a filter: the whole app rendered again, and the
 * browser's own work for the new history entry held up the mock service's database read.
 * On the bench machine the 100-case status filter took 45–51 ms that way and 29–32 ms
 * with the address written after the rows (tests/bench). So the screen follows a change
 * at once, and the address a frame after its rows have painted (useWriteAddressWhen).
 *
 * `search` is what the screen shows: the change not yet written, else the address.
 */
export function useWorklistSearch() {
  const [address, setAddress] = useSearchParams()
  const { key } = useLocation()
  const [state, setState] = useState<ChangeState>({ change: null, seen: key, writing: null })
  let current = state
  if (state.seen !== key) {
    // The address has moved. By our own write, it now says what we wrote: a change made
    // since stays to be written. By anything else (Back, a link), it is what to show now.
    const ours = state.writing !== null && state.writing === address.toString()
    const newer = ours && state.change?.toString() !== state.writing ? state.change : null
    current = { change: newer, seen: key, writing: null }
    setState(current)
  }
  const write = useCallback(
    (search: URLSearchParams) => {
      setState((s) => ({ ...s, writing: search.toString() }))
      setAddress(search)
    },
    [setAddress],
  )
  return {
    search: current.change ?? address,
    unwritten: current.change,
    show: (search: URLSearchParams) => setState((s) => ({ ...s, change: search })),
    write,
  }
}

type ChangeState = {
  /** The change on screen and not yet in the address. */
  change: URLSearchParams | null
  /** The history entry this state was last brought up to date with. */
  seen: string
  /** What our own write is putting in the address, until the address moves. */
  writing: string | null
}

/** Writes the change to the address once `ready` (its rows are on screen), after they paint. */
export function useWriteAddressWhen(
  unwritten: URLSearchParams | null,
  ready: boolean,
  write: (search: URLSearchParams) => void,
) {
  useEffect(() => {
    if (!unwritten || !ready) return
    return afterPaint(() => write(unwritten))
  }, [unwritten, ready, write])
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
