import { useCallback, useEffect, useRef, useState } from 'react'
import { onSharedActivity, shareActivity } from '../../api/session-share.ts'
import { idlePhase, type IdlePhase } from './idle-clock.ts'

const activityEvents = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const
const checkEveryMs = 1_000

/**
 * Where the session stands: active, warning (with seconds left) or expired. Activity
 * only moves a timestamp (cheap enough for pointermove); the phase is worked out from
 * Date.now() each second and when the tab becomes visible again. While the warning
 * shows, stray activity does not count: only "Stay signed in" keeps the session.
 */
export function useIdlePhase(idleMs: number, warnMs: number) {
  // Set when the guard mounts (signing in is activity); read only in callbacks, never in render.
  const lastActivity = useRef(0)
  const [state, setState] = useState<IdlePhase>({ phase: 'active' })
  const warning = useRef(false)

  const check = useCallback(() => {
    const next = idlePhase(lastActivity.current, Date.now(), idleMs, warnMs)
    warning.current = next.phase === 'warning'
    setState((prev) => (same(prev, next) ? prev : next))
  }, [idleMs, warnMs])

  const stay = useCallback(() => {
    lastActivity.current = Date.now()
    check()
  }, [check])

  useEffect(() => {
    lastActivity.current = Date.now()
    const onActivity = () => {
      if (warning.current) return
      lastActivity.current = Date.now()
      shareActivity(lastActivity.current)
    }
    // Work in another tab of this sign-in keeps this one alive too: one session, one clock.
    const stopShared = onSharedActivity((at) => {
      if (!warning.current) lastActivity.current = Math.max(lastActivity.current, at)
    })
    const onVisible = () => {
      if (document.visibilityState === 'visible') check()
    }
    const options = { passive: true, capture: true }
    activityEvents.forEach((e) => window.addEventListener(e, onActivity, options))
    // Scroll does not bubble; capturing on the document sees every scrolling element.
    document.addEventListener('scroll', onActivity, options)
    document.addEventListener('visibilitychange', onVisible)
    // The global timer, not window's: the same in a browser, and the one a test's fake clock drives.
    const timer = setInterval(check, checkEveryMs)
    return () => {
      activityEvents.forEach((e) => window.removeEventListener(e, onActivity, options))
      document.removeEventListener('scroll', onActivity, options)
      document.removeEventListener('visibilitychange', onVisible)
      clearInterval(timer)
      stopShared()
    }
  }, [check])

  return { state, stay }
}

function same(a: IdlePhase, b: IdlePhase): boolean {
  if (a.phase !== b.phase) return false
  return a.phase !== 'warning' || b.phase !== 'warning' || a.secondsLeft === b.secondsLeft
}
