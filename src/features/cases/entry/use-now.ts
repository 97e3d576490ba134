import { useEffect, useState } from 'react'

/** The current time, refreshed every `ms`, for rules that depend on how long ago something was. */
export function useNow(ms = 30_000): Date {
  const [now, setNow] = useState(() => new Date())
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), ms)
    return () => clearInterval(timer)
  }, [ms])
  return now
}
