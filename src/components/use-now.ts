import { useEffect, useState } from 'react'

/**
 * The current time, refreshed each minute, so "time left" stays true on an open screen.
 * `enabled: false` runs no clock: a row given its list's shared `now` needs none of its own.
 */
export function useNow(intervalMs = 60_000, enabled = true): Date {
  const [now, setNow] = useState(() => new Date())
  useEffect(() => {
    if (!enabled) return
    const id = setInterval(() => setNow(new Date()), intervalMs)
    return () => clearInterval(id)
  }, [intervalMs, enabled])
  return now
}
