import { useCallback, useEffect, useRef } from 'react'

/**
 * Runs a change to the page after any press under way has finished. A message shown on
 * blur pushes the fields below it down; if that happens between a mouse press and its
 * release, the click lands on whatever moved under the pointer and a person's pick of,
 * say, a radio button is lost.
 */
export function useAfterPointer() {
  const pressed = useRef(false)
  const waiting = useRef<(() => void)[]>([])

  useEffect(() => {
    const down = () => {
      pressed.current = true
    }
    const up = () => {
      // After the click that follows this release, not before it.
      setTimeout(() => {
        pressed.current = false
        const run = waiting.current
        waiting.current = []
        run.forEach((fn) => fn())
      })
    }
    window.addEventListener('pointerdown', down, true)
    window.addEventListener('pointerup', up, true)
    window.addEventListener('pointercancel', up, true)
    return () => {
      window.removeEventListener('pointerdown', down, true)
      window.removeEventListener('pointerup', up, true)
      window.removeEventListener('pointercancel', up, true)
    }
  }, [])

  return useCallback((fn: () => void) => {
    if (pressed.current) waiting.current.push(fn)
    else fn()
  }, [])
}
