import { serviceApp } from './app.ts'
import type { Route } from './routes/base.ts'
import { caseAppealHandlers } from './routes/case-appeal.ts'
import { caseCreateHandler } from './routes/case-create.ts'
import { caseDecisionHandler } from './routes/case-decision.ts'
import { caseLetterHandlers } from './routes/case-letters.ts'
import { caseReadingHandler } from './routes/case-reading.ts'
import { caseHandlers } from './routes/cases.ts'
import { codeHandlers } from './routes/codes.ts'
import { codeCheckHandlers } from './routes/code-checks.ts'
import { diagnosisCodeHandlers } from './routes/diagnosis-codes.ts'
import { decisionDraftHandlers } from './routes/decision-drafts.ts'
import { draftHandlers } from './routes/drafts.ts'
import { relatedCasesHandler } from './routes/related-cases.ts'
import { fhirHandlers } from './routes/fhir.ts'
import { metricsHandlers } from './routes/metrics.ts'
import { policyHandlers } from './routes/policies.ts'
import { sessionHandlers } from './routes/sessions.ts'
import { accessLogHandlers } from './routes/access-log.ts'
import { liveHandlers } from './routes/live.ts'
import { memberLookupHandler, providerLookupHandler } from './routes/members.ts'

/** Every endpoint of the criteria service (not the mock's own switch). */
export const serviceRoutes: readonly Route[] = [
  ...caseHandlers,
  ...sessionHandlers,
  ...policyHandlers,
  ...codeHandlers,
  ...codeCheckHandlers,
  ...diagnosisCodeHandlers,
  ...draftHandlers,
  ...fhirHandlers,
  caseCreateHandler,
  caseDecisionHandler,
  relatedCasesHandler,
  ...decisionDraftHandlers,
  caseReadingHandler,
  ...caseAppealHandlers,
  ...metricsHandlers,
  ...accessLogHandlers,
  ...liveHandlers,
  ...caseLetterHandlers,
  memberLookupHandler,
  providerLookupHandler,
]

/** The service app the server runs, and the mock wraps. */
export const service = serviceApp(serviceRoutes)
