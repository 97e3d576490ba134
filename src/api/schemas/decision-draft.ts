import * as z from 'zod/mini'
import { isoInstant } from './common.ts'

/**
 * A decision as typed but not yet sent, kept by the service for the user who typed it, so
 * an idle sign-out or a closed tab does not lose a denial's reasons. The values are the
 * decision form's whole state, kept as given (text and yes/no only): the form decides
 * what they mean, and the service checks nothing but their shape and size.
 */
export const decisionDraftValues = z.record(
  z.string().check(z.maxLength(64)),
  z.union([z.string().check(z.maxLength(20000)), z.boolean(), z.null()]),
)
export const decisionDraftInput = z.object({ values: decisionDraftValues })
export const decisionDraft = z.object({
  caseId: z.string(),
  updatedAt: isoInstant,
  values: decisionDraftValues,
})
export type DecisionDraft = z.infer<typeof decisionDraft>
