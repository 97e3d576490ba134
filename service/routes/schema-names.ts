import type * as z from 'zod/mini'
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
import { caseViewers, casesChanged } from '../../src/api/schemas/live.ts'
import { issuedLetter, issuedLetters } from '../../src/api/schemas/letter.ts'
import { codeCheckAnswer, codeCheckRequest } from '../../src/api/schemas/code-check.ts'
import {
  memberLookup,
  memberLookupRequest,
  memberRecord,
  providerLookup,
  providerRecord,
} from '../../src/api/schemas/member.ts'

/**
 * Every shape of the contract, named once. A route declares its body and answers by
 * these names: the service checks bodies against them, and the OpenAPI document
 * (scripts/generate-openapi.ts) lists them as components, nested uses as $refs.
 */
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
  IssuedLetters: issuedLetters,
  IssuedLetter: issuedLetter,
  CodeCheckAnswer: codeCheckAnswer,
  CodeCheckRequest: codeCheckRequest,
  MemberRecord: memberRecord,
  ProviderRecord: providerRecord,
  MemberLookupRequest: memberLookupRequest,
  MemberLookup: memberLookup,
  ProviderLookup: providerLookup,
  CasesChanged: casesChanged,
  CaseViewers: caseViewers,
} satisfies Record<string, z.ZodMiniType>
export type SchemaName = keyof typeof namedSchemas
