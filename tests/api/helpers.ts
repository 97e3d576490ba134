import { apiUrl } from '../contract-target.ts'
import { caseInput, receivedJustNow } from '../support/factories.ts'
import { signInAs, type DemoUserId } from '../support/sign-in.ts'

/* eslint-disable @typescript-eslint/no-explicit-any -- tests read JSON answers freely */
export type Answer = { status: number; body: any; headers: Headers; text: string }

/** A fetch against the criteria API (the mock, or the server: contract-target.ts), signed in as a demo user, a raw token, or no one. */
export async function call(
  path: string,
  init: RequestInit & { as?: DemoUserId; token?: string; json?: unknown } = {},
): Promise<Answer> {
  const { as, token, json, ...rest } = init
  const headers = new Headers(rest.headers)
  const bearer = token ?? (as ? await signInAs(as) : undefined)
  if (bearer) headers.set('Authorization', `Bearer ${bearer}`)
  if (json !== undefined) headers.set('Content-Type', 'application/json')
  const res = await fetch(apiUrl(path), {
    ...rest,
    headers,
    body: json !== undefined ? JSON.stringify(json) : rest.body,
  })
  const text = await res.text()
  return { status: res.status, body: parseOrUndefined(text), headers: res.headers, text }
}
/** The JSON of an answer: null when empty, undefined when it is not JSON. */
function parseOrUndefined(text: string): any {
  try {
    return text ? JSON.parse(text) : null
  } catch {
    return undefined
  }
}
/* eslint-enable @typescript-eslint/no-explicit-any */

/** A POST /cases body that passes every rule, received a minute ago; `over` may break any. */
export function validCase(over: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...caseInput({ requestReceivedAt: receivedJustNow() }), ...over }
}

let keys = 0
export const freshKey = () => `test-key-${Date.now()}-${++keys}`

/** Creates a case through the API; returns the answer (201 expected). */
export async function postCase(
  token: string,
  over: Record<string, unknown> = {},
  key = freshKey(),
) {
  return call('/cases', {
    token,
    method: 'POST',
    json: validCase(over),
    headers: { 'Idempotency-Key': key },
  })
}

/** A denial a medical director may record on a non-Medicare case: every field it needs. */
export const deny = {
  action: 'deny',
  rationale: 'Insufficient evidence per policy.',
  criterion: {
    policyId: 'prolotherapy-sclerotherapy',
    criteriaSetId: 'non-medicare',
    rowId: 'any-indication',
  },
  memberReason: 'Studies do not show this works better than usual care.',
  peerToPeerOffered: true,
}

/** An approval against the recommendation. */
export const approve = {
  action: 'approve',
  rationale: 'Criteria met on review.',
  peerToPeerOffered: false,
}

/** A case entered by a reviewer, with the token of the director it was assigned to. */
export async function caseForItsDirector() {
  const created = await postCase(await signInAs('u-rev-1'))
  const director = created.body.assignedTo.id as DemoUserId
  return { id: created.body.id as string, token: await signInAs(director) }
}

/** A decision on a case at the given version (If-Match). */
export const decide = (id: string, token: string, json: unknown, version = 1) =>
  call(`/cases/${id}/decision`, {
    ...{ token, method: 'POST', json },
    headers: { 'If-Match': `"v${version}"` },
  })
