import * as z from 'zod/mini'
import { accessEvent, accessLog } from '../../src/api/schemas/access-log.ts'
import {
  auditEvent,
  appealDecisionInput,
  appealInput,
  auditTrail,
  caseList,
  relatedCases,
  caseSummary,
  decisionInput,
  storedCase,
} from '../../src/api/schemas/case.ts'
import { metricsReport } from '../../src/api/schemas/metrics.ts'
import { caseFields, caseInput } from '../../src/api/schemas/case-fields.ts'
import { codeLookup } from '../../src/api/schemas/codes.ts'
import { decisionDraft, decisionDraftInput } from '../../src/api/schemas/decision-draft.ts'
import { knownDiagnosisCodes } from '../../src/api/schemas/diagnosis-codes.ts'
import { problem } from '../../src/api/schemas/common.ts'
import { pasParseInput, pasParseResult } from '../../src/api/schemas/pas.ts'
import { draft, draftInput, draftList } from '../../src/api/schemas/draft.ts'
import {
  policyEvidence,
  policyList,
  policyResponse,
  policySummary,
} from '../../src/api/schemas/policy.ts'
import { demoUserList, session, signInInput, user } from '../../src/api/schemas/user.ts'
import { readingInput } from '../../src/api/schemas/reading.ts'
import {
  memberLookup,
  memberLookupRequest,
  memberRecord,
  providerLookup,
  providerRecord,
} from '../../src/api/schemas/member.ts'
import { faultRules } from '../../mocks/fault-rules.ts'

/** Every shape of the contract, named once; nested uses become $refs. */
export const namedSchemas = {
  Problem: problem,
  User: user,
  DemoUserList: demoUserList,
  SignInInput: signInInput,
  Session: session,
  PolicySummary: policySummary,
  PolicyList: policyList,
  PolicyResponse: policyResponse,
  PolicyEvidence: policyEvidence,
  CodeLookup: codeLookup,
  DecisionDraft: decisionDraft,
  DecisionDraftInput: decisionDraftInput,
  KnownDiagnosisCodes: knownDiagnosisCodes,
  CaseFields: caseFields,
  DraftInput: draftInput,
  Draft: draft,
  DraftList: draftList,
  CaseInput: caseInput,
  StoredCase: storedCase,
  CaseSummary: caseSummary,
  CaseList: caseList,
  RelatedCases: relatedCases,
  DecisionInput: decisionInput,
  AuditTrail: auditTrail,
  AccessLog: accessLog,
  AccessEvent: accessEvent,
  AuditEvent: auditEvent,
  ReadingInput: readingInput,
  PasParseInput: pasParseInput,
  PasParseResult: pasParseResult,
  AppealInput: appealInput,
  AppealDecisionInput: appealDecisionInput,
  MetricsReport: metricsReport,
  MemberRecord: memberRecord,
  ProviderRecord: providerRecord,
  MemberLookupRequest: memberLookupRequest,
  MemberLookup: memberLookup,
  ProviderLookup: providerLookup,
  MockFaultRules: faultRules,
} satisfies Record<string, z.ZodMiniType>
export type SchemaName = keyof typeof namedSchemas

/** components.schemas: JSON Schema 2020-12 (OpenAPI 3.1's dialect) from the zod schemas. */
export function componentSchemas(): Record<string, unknown> {
  const registry = z.registry<{ id: string }>()
  for (const [id, schema] of Object.entries(namedSchemas)) registry.add(schema, { id })
  const { schemas } = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    uri: (id) => `#/components/schemas/${id}`,
    unrepresentable: 'any',
  })
  // Each component is embedded in the document, so its own $schema and $id are noise.
  return Object.fromEntries(
    Object.entries(schemas).map(([id, { $schema: _s, $id: _i, ...rest }]) => [id, rest]),
  )
}

export const ref = (name: SchemaName) => ({ $ref: `#/components/schemas/${name}` })

export const problemStatuses = {
  400: 'Invalid input; `errors` maps each field to the messages the form shows',
  401: 'No valid bearer token',
  403: 'The role does not allow this action',
  404: 'No such resource (or not yours)',
  409: 'The case is not in a state that allows this (already decided; not denied, for an appeal)',
  412: 'If-Match does not match the current ETag: the case changed',
  422: 'The Idempotency-Key was used with a different body',
  428: 'If-Match is required',
  429: 'Too many kept at once (drafts per person); the detail says how many',
  500: 'The service failed',
} as const
export type ProblemStatus = keyof typeof problemStatuses

export function problemResponses() {
  return Object.fromEntries(
    Object.entries(problemStatuses).map(([status, description]) => [
      `Problem${status}`,
      { description, content: { 'application/problem+json': { schema: ref('Problem') } } },
    ]),
  )
}
