/**
 * Installed in the page before any app code: `__bench.until(pred)` resolves with
 * performance.now() at the first animation frame after `pred()` holds, checking on
 * every DOM change; so a figure ends when the change can be painted, not when a
 * poll happens to look.
 */
export const pageTimingScript = `
// tsx keeps function names with a __name helper, which functions sent to page.evaluate call.
window.__name = (f) => f
// Largest contentful paint and long tasks, seen from the page itself (the case page figure).
window.__vitals = { lcp: 0, longTasks: 0, blocking: 0 }
try {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__vitals.lcp = e.startTime
  }).observe({ type: 'largest-contentful-paint', buffered: true })
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      window.__vitals.longTasks += 1
      window.__vitals.blocking += Math.max(0, e.duration - 50)
    }
  }).observe({ type: 'longtask', buffered: true })
} catch {}
window.__bench = {
  vitals() { return { ...window.__vitals } },
  until(pred, timeoutMs = 30000) {
    return new Promise((resolve, reject) => {
      let done = false
      const finish = () => {
        if (done) return
        done = true
        observer.disconnect()
        clearTimeout(timer)
        requestAnimationFrame(() => resolve(performance.now()))
      }
      const check = () => { try { if (pred()) finish() } catch {} }
      const observer = new MutationObserver(check)
      observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true })
      const timer = setTimeout(() => { if (!done) { observer.disconnect(); reject(new Error('timed out waiting')) } }, timeoutMs)
      check()
    })
  },
  afterInput(el, pred) {
    return new Promise((resolve, reject) => {
      el.addEventListener('input', () => {
        const t0 = performance.now()
        window.__bench.until(pred).then((t1) => resolve(t1 - t0), reject)
      }, { once: true })
    })
  },
}
`

declare global {
  interface Window {
    __bench: {
      until(pred: () => boolean, timeoutMs?: number): Promise<number>
      afterInput(el: Element, pred: () => boolean): Promise<number>
      vitals(): { lcp: number; longTasks: number; blocking: number }
    }
  }
}
