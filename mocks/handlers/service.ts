import { serviceApp } from '../service-app.ts'
import type { Route } from './base.ts'
import { caseAppealHandlers } from './case-appeal.ts'
import { caseCreateHandler } from './case-create.ts'
import { caseDecisionHandler } from './case-decision.ts'
import { caseReadingHandler } from './case-reading.ts'
import { caseHandlers } from './cases.ts'
import { codeHandlers } from './codes.ts'
import { diagnosisCodeHandlers } from './diagnosis-codes.ts'
import { decisionDraftHandlers } from './decision-drafts.ts'
import { draftHandlers } from './drafts.ts'
import { relatedCasesHandler } from './related-cases.ts'
import { fhirHandlers } from './fhir.ts'
import { metricsHandlers } from './metrics.ts'
import { policyHandlers } from './policies.ts'
import { sessionHandlers } from './sessions.ts'

/** Every endpoint of the criteria service (not the mock's own switch). */
export const serviceRoutes: readonly Route[] = [
  ...caseHandlers,
  ...sessionHandlers,
  ...policyHandlers,
  ...codeHandlers,
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
]

/** The service app the server runs, and the mock wraps. */
export const service = serviceApp(serviceRoutes)
