import { afterEach, beforeEach, expect, vi, type MockInstance } from 'vitest'

/** Classic XSS probes: markup, an event handler, a script URL, and a quote break-out. */
export const xssPayloads = [
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '"><script>alert(1)</script>',
  '<svg onload=alert(1)>',
] as const

export const rtl = {
  arabic: 'يعاني المريض من ألم أسفل الظهر منذ ستة أشهر.',
  hebrew: 'המטופל סובל מכאבי גב תחתון כבר שישה חודשים.',
}

/** window.alert watched for the length of a test; it must never be called. */
export function watchAlert(): MockInstance<typeof window.alert> {
  return vi.spyOn(window, 'alert').mockImplementation(() => {})
}

/**
 * Nothing from the payloads became markup: no element they could create, no handler
 * attribute, no script URL, and no alert. The app root is the whole body here.
 */
export function expectNothingInjected(alert: MockInstance<typeof window.alert>) {
  const root = document.body
  expect(root.querySelector('img[src="x"], script, svg[onload], [onerror], [onload]')).toBeNull()
  const scriptLinks = [...root.querySelectorAll('[href]')].filter((el) =>
    /^\s*javascript:/i.test(el.getAttribute('href') ?? ''),
  )
  expect(scriptLinks).toEqual([])
  expect(alert).not.toHaveBeenCalled()
}

/** Free text is shown with its own direction, so right-to-left text reads right to left. */
export function expectOwnDirection(el: HTMLElement) {
  expect(el.closest('[dir="auto"]')).not.toBeNull()
}

/**
 * For every test of the file: window.alert is watched, and afterwards nothing was
 * injected into the page and no alert ran.
 */
export function guardAgainstInjection() {
  let alertSpy: MockInstance<typeof window.alert>
  beforeEach(() => {
    alertSpy = watchAlert()
  })
  afterEach(() => {
    expectNothingInjected(alertSpy)
    alertSpy.mockRestore()
  })
}
