/**
 * Before an idle sign-out the app announces it on `window`, so a screen with unsaved
 * work (the case-entry form) can save its draft while the session is still valid:
 *
 *   window.addEventListener(BEFORE_IDLE_SIGNOUT, (e) => e.detail.waitUntil(saveDraft()))
 *
 * Listeners hand over a promise with `waitUntil`; sign-out waits for them, but never
 * longer than a short grace, so a hung request cannot keep an idle session open.
 */
export const BEFORE_IDLE_SIGNOUT = 'crd:before-idle-signout'
export type BeforeIdleSignoutDetail = { waitUntil: (work: Promise<unknown>) => void }

/** The longest sign-out waits for listeners' promises. */
export const idleSignoutGraceMs = 3_000
/** What a listener that saves without waitUntil gets: enough for its request to be sent. */
export const minimumGraceMs = 500

/**
 * What the last idle sign-out saved, so the sign-in screen claims no save that did not
 * happen: 'saved' when every listener's promise fulfilled in time, 'not-saved' when one
 * was rejected or ran out of time, 'nothing' when no screen had open work.
 */
export type IdleSaveResult = 'saved' | 'not-saved' | 'nothing'
let lastResult: IdleSaveResult = 'nothing'
export const lastIdleSaveResult = (): IdleSaveResult => lastResult

export async function announceIdleSignout(graceMs = idleSignoutGraceMs): Promise<IdleSaveResult> {
  const work: Promise<unknown>[] = []
  window.dispatchEvent(
    new CustomEvent<BeforeIdleSignoutDetail>(BEFORE_IDLE_SIGNOUT, {
      detail: { waitUntil: (p) => work.push(p) },
    }),
  )
  if (work.length === 0) {
    lastResult = 'nothing'
    await new Promise((resolve) => setTimeout(resolve, minimumGraceMs))
    return lastResult
  }
  const grace = new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), graceMs))
  const settled = await Promise.race([Promise.allSettled(work), grace])
  lastResult =
    settled !== 'late' && settled.every((s) => s.status === 'fulfilled') ? 'saved' : 'not-saved'
  return lastResult
}
