import { useEffect, useState } from 'react'

/**
 * True once `busy` has lasted `ms`: a slow service gets a "Still working…" so a person
 * knows the page has not hung, without flashing it on every quick answer.
 */
export function useStillWorking(busy: boolean, ms = 3000): boolean {
  const [slow, setSlow] = useState(false)
  useEffect(() => {
    if (!busy) return
    const timer = setTimeout(() => setSlow(true), ms)
    return () => {
      clearTimeout(timer)
      setSlow(false)
    }
  }, [busy, ms])
  return busy && slow
}
