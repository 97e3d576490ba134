import type { Page } from '@playwright/test'

export type ApiCall = { method: string; url: string; status: number }

/**
 * The API calls the page made, with their answers' status. The demo's mock answers
 * fetch inside the page (mocks/browser.ts), so those calls never reach the network and
 * Playwright's request and response events do not see them. This wraps the page's
 * fetch outermost, once the mock has installed its own (the page marks
 * `data-mock-service="ready"` right after), and reports every call to the test, across
 * reloads and navigations. Call it before the page loads.
 */
export async function watchApiCalls(page: Page): Promise<ApiCall[]> {
  const calls: ApiCall[] = []
  await page.exposeBinding('__reportApiCall', (_source, call: ApiCall) => {
    calls.push(call)
  })
  await page.addInitScript(() => {
    const report = (call: { method: string; url: string; status: number }) =>
      (window as unknown as { __reportApiCall: (c: typeof call) => void }).__reportApiCall(call)
    const wrap = () => {
      const inner = window.fetch
      window.fetch = async (input, init) => {
        const href = input instanceof Request ? input.url : String(input)
        const url = new URL(href, location.href).href
        const method = (
          init?.method ?? (input instanceof Request ? input.method : 'GET')
        ).toUpperCase()
        try {
          const res = await inner(input, init)
          report({ method, url, status: res.status })
          return res
        } catch (error) {
          report({ method, url, status: 0 })
          throw error
        }
      }
    }
    // The mark is set after the mock's fetch is in place and before any request that
    // waited for the mock goes out (mutation records are delivered as a microtask first).
    new MutationObserver((_, observer) => {
      if (document.documentElement.dataset.mockService !== 'ready') return
      observer.disconnect()
      wrap()
      // The document itself: the <html> element may not be parsed yet when this runs.
    }).observe(document, {
      subtree: true,
      attributes: true,
      attributeFilter: ['data-mock-service'],
    })
  })
  return calls
}
