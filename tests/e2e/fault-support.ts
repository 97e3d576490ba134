import { expect, type Page } from '@playwright/test'
import { signIn } from './support.ts'

export type Fault = '500' | 'network' | 'slow' | 'malformed' | 'invalid-schema' | '401'
export const faults: Fault[] = ['500', 'network', 'slow', 'malformed', 'invalid-schema', '401']

/** What a person reads for each failing answer (src/api/api-error.ts describeError). */
export const messages: Record<Exclude<Fault, 'slow' | '401'>, RegExp> = {
  '500': /The criteria service had a problem\. Try again in a moment\./,
  network: /The criteria service could not be reached\. Check your connection and try again\./,
  malformed: /sent an answer the app could not read/,
  'invalid-schema': /sent an answer the app could not read/,
}

export type Rule = { method: string; path: string }

/**
 * Switches a fault on through the mock's own control endpoint: the answers come from
 * MSW inside the page, which Playwright's request routing never sees.
 */
export async function injectFault(
  page: Page,
  rule: Rule,
  fault: Fault,
  options: { times?: number; delayMs?: number } = {},
) {
  const status = await page.evaluate(
    async (body) =>
      (
        await fetch('/api/__mock/faults', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
        })
      ).status,
    { rules: [{ ...rule, fault, ...options }] },
  )
  expect(status).toBe(204)
}

/** A GET through the API as the signed-in user, with the token the app keeps. */
export async function apiGet<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (p) => {
    const token = sessionStorage.getItem('crd.session-token')
    const res = await fetch(`/api${p}`, { headers: { Authorization: `Bearer ${token}` } })
    return (await res.json()) as T
  }, path)
}

export const caseCount = async (page: Page) =>
  (await apiGet<{ total: number }>(page, '/cases?limit=1')).total

/** A 401 ends the session: the sign-in page says why, and signing in returns to the page. */
export async function expectSignInAndReturn(page: Page, user: string) {
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible()
  await expect(page.getByText('Your session ended. Sign in again to carry on.')).toBeVisible()
  await signIn(page, user)
}
