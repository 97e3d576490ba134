import type { PolicyDetail } from '../../src/api/schemas/policy.ts'
import { prolotherapySclerotherapy } from '../../mocks/data/prolotherapy-sclerotherapy.ts'
import { apiUrl } from '../contract-target.ts'
import { signInAs, type DemoUserId } from '../render-app.tsx'

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

/** A POST /cases body that passes every rule, received a minute ago. */
export function validCase(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    memberId: 'SYN1234567',
    dateOfBirth: '1970-05-04',
    lineOfBusiness: 'commercial-group',
    groupFunding: 'fully-insured',
    plan: 'kfhpwa',
    serviceCode: 'M0076',
    diagnosisCodes: ['M54.50'],
    dateOfService: '2026-12-01',
    urgency: 'standard',
    requestReceivedAt: new Date(Date.now() - 60_000).toISOString(),
    requestChannel: 'electronic',
    ...over,
  }
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

/** A generated policy whose criteria are met for code Q9999: clearly synthetic. */
export function syntheticPolicy(id = 'synthetic-covered-service'): PolicyDetail {
  const [medicare, nonMedicare] = prolotherapySclerotherapy.criteriaSets
  return {
    ...structuredClone(prolotherapySclerotherapy),
    id,
    title: 'Synthetic covered service (test data)',
    synthetic: true,
    criteriaSets: [
      { ...structuredClone(medicare), outcome: 'criteria-met' },
      { ...structuredClone(nonMedicare), outcome: 'criteria-met' },
    ],
    codeGroups: [
      {
        heading: 'Covered:',
        columns: ['CPT® or HCPC Codes', 'Description'],
        codes: [{ code: 'Q9999', system: 'HCPCS', description: 'Synthetic covered injection' }],
      },
    ],
  }
}
