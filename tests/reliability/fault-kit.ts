import { screen } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'
import { delay, getResponse, http, HttpResponse, type HttpResponseResolver } from 'msw'
import { expect } from 'vitest'
import { demoUsers } from '../../service/data/users.ts'
import { handlers } from '../../mocks/handlers/index.ts'
import { problemResponse } from '../../service/http.ts'
import { server } from '../../mocks/node.ts'
import type { DemoUserId } from '../support/sign-in.ts'

/** The faults of issue 8, one per way a real service or network lets the app down. */
export const faultKinds = ['500', 'network', 'slow', 'malformed', 'invalid-schema', '401'] as const
export type FaultKind = (typeof faultKinds)[number]
/** The faults that fail the request outright; the person must be told and given a way on. */
export type FailingFault = Exclude<FaultKind, 'slow' | '401'>

/** Long enough to pass the app's 3 s "Still working…" threshold, short enough for a suite. */
export const SLOW_MS = 3500
/** findBy timeout for what arrives after a slow answer. */
export const AFTER_SLOW = { timeout: SLOW_MS + 3000 }

/** Ends the caller's session at the service, as an administrator or a timeout would. */
async function revokeSession(request: Request) {
  const end = new Request(new URL('/api/sessions/current', request.url), {
    method: 'DELETE',
    headers: { Authorization: request.headers.get('Authorization') ?? '' },
  })
  await getResponse(handlers, end)
}

function resolverFor(fault: FaultKind): HttpResponseResolver {
  switch (fault) {
    case '500':
      return () => problemResponse(500, 'Injected: the service failed.')
    case 'network':
      return () => HttpResponse.error()
    // Returning nothing lets the real handler answer, so these two end in a true answer.
    case 'slow':
      return async () => {
        await delay(SLOW_MS)
      }
    case '401':
      return async ({ request }) => {
        await revokeSession(request)
      }
    case 'malformed':
      return () =>
        new HttpResponse('{"oops', { status: 200, headers: { 'Content-Type': 'application/json' } })
    case 'invalid-schema':
      return () => HttpResponse.json({ unexpected: 'valid JSON, not the contract' })
  }
}

/** The next matching request (only that one) meets the fault; the one after is served normally. */
export function injectFault(method: 'get' | 'post' | 'put', path: string, fault: FaultKind) {
  server.use(http[method](`*/api${path}`, resolverFor(fault), { once: true }))
}

/** The sentence describeError gives each failing fault: what happened, never how. */
export const faultMessage: Record<FailingFault, RegExp> = {
  '500': /The criteria service had a problem\. Try again/,
  network: /could not be reached\. Check your connection and try again/,
  malformed: /sent an answer the app could not read\. Try again/,
  'invalid-schema': /sent an answer the app could not read\. Try again/,
}

/** A message meant for a person: no stack frame, exception name or parser text. */
export function expectNoInternals(el: HTMLElement) {
  expect(el.textContent).not.toMatch(
    /\bat \S+ \(|TypeError|SyntaxError|ZodError|JSON|Unexpected token|undefined|\[object/,
  )
}

/** The page still has its heading: whatever failed, the screen is never blank. */
export function expectPageStands() {
  expect(screen.getByRole('heading', { level: 1 })).toBeVisible()
}

/** After a 401: the sign-in screen says why, and signing in again carries on. */
export async function expectSignedOutThenSignInAgain(user: UserEvent, as: DemoUserId) {
  expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument()
  expect(screen.getByText('Your session ended. Sign in again to carry on.')).toBeInTheDocument()
  const name = demoUsers.find((u) => u.id === as)?.name ?? as
  await user.click(await screen.findByRole('radio', { name: new RegExp(`^${name}`) }))
  await user.click(screen.getByRole('button', { name: 'Sign in' }))
}
