/**
 * One way to write each thing a test needs: a valid case (as the API takes it and as the
 * form holds it), a covered synthetic policy, a session. Tests change what they test
 * through `over`, so the rest stays valid.
 */
import {
  emptyCaseFields,
  type CaseFields,
  type CaseInput,
} from '../../src/api/schemas/case-fields.ts'
import type { PolicyDetail } from '../../src/api/schemas/policy.ts'
import type { DemoUserId } from './sign-in.ts'
import { syntheticPolicy } from './synthetic-policy.ts'
import { apiUrl, onServer } from '../contract-target.ts'
import { oidcSignIn } from '../../scripts/oidc-sign-in.ts'

/** M0076 for a commercial group member: every rule passes. */
const validCase = {
  memberId: 'AB12345678',
  dateOfBirth: '1970-05-01',
  lineOfBusiness: 'commercial-group',
  groupFunding: 'fully-insured',
  plan: 'kfhpwa',
  serviceCode: 'M0076',
  dateOfService: '2026-12-10',
  urgency: 'standard',
  requestChannel: 'electronic',
} as const

/** 2026-11-27 09:30 in the plan's zone (America/Los_Angeles): the unit tests' "now" is 10:00. */
export const RECEIVED_AT = '2026-11-27T17:30:00.000Z'

/** A valid case as the API takes it (POST /cases) and the engine reads it. */
export function caseInput(over: Partial<CaseInput> = {}): CaseInput {
  return { ...validCase, diagnosisCodes: ['M54.50'], requestReceivedAt: RECEIVED_AT, ...over }
}

/** The same case as the form holds it: every value a string, received as plan wall time. */
export function caseFields(over: Partial<CaseFields> = {}): CaseFields {
  return {
    ...emptyCaseFields,
    ...validCase,
    diagnosisCodes: ['M54.50'],
    requestReceivedAt: '2026-11-27T09:30',
    ...over,
  }
}

/** A request received a minute ago, for the service, which checks it against its own clock. */
export const receivedJustNow = () => new Date(Date.now() - 60_000).toISOString()

/** A synthetic policy whose criteria are met for `code` (Q9999 unless said), so a reviewer may approve. */
export function coveredPolicy(id = 'synthetic-covered', code = 'Q9999'): PolicyDetail {
  return syntheticPolicy({ id, code, outcome: 'criteria-met', studies: 1 })
}

/**
 * A session of a demo user, as its sign-in screen makes one: the demo's "sign in as" on
 * the mock, the OpenID Connect flow with the account's password on the real service.
 * The token is returned and not stored, so the app under test keeps its own session.
 */
export async function tokenFor(userId: DemoUserId): Promise<string> {
  if (onServer) return (await oidcSignIn(process.env.CONTRACT_SERVER_URL ?? '', userId)).token
  const res = await fetch(apiUrl('/sessions'), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ userId }),
  })
  return ((await res.json()) as { token: string }).token
}
