/**
 * Idleness is measured from timestamps, not from one long timer: background tabs
 * throttle and suspend timers, so a 15-minute setTimeout can fire very late. The
 * caller re-checks on a short interval and whenever the tab becomes visible again.
 */
export type IdlePhase =
  { phase: 'active' } | { phase: 'warning'; secondsLeft: number } | { phase: 'expired' }

export function idlePhase(
  lastActivity: number,
  now: number,
  idleMs: number,
  warnMs: number,
): IdlePhase {
  const left = lastActivity + idleMs - now
  if (left <= 0) return { phase: 'expired' }
  if (left <= warnMs) return { phase: 'warning', secondsLeft: Math.ceil(left / 1000) }
  return { phase: 'active' }
}

/** "1:00", "0:09": minutes and seconds, as a countdown reads. */
export function formatCountdown(seconds: number): string {
  const s = Math.max(0, seconds)
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
}
