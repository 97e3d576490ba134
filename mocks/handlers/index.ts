import { problemResponse } from '../http.ts'
import { route } from './base.ts'
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
import { malformedUrlHandler } from './malformed-url.ts'
import { mockControlHandlers } from './mock-control.ts'
import { policyHandlers } from './policies.ts'
import { sessionHandlers } from './sessions.ts'

/** The one handler list: dev server, preview build and Vitest all use it. */
export const handlers = [
  malformedUrlHandler,
  // Early: MSW parses each handler in turn until one answers (reading its cookie store
  // every time), and the worklist's list and the case page are the most asked for. The
  // paths here overlap no other handler's, so the order decides nothing else.
  ...caseHandlers,
  ...mockControlHandlers,
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
  // Last: anything else under the base URL is a 404 problem, as a real service would answer.
  route('all', '/*', () => problemResponse(404, 'There is no such endpoint.')),
]
