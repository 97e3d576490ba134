import * as z from 'zod/mini'
import { isoDate } from './common.ts'
import { paragraph } from './rich-text.ts'

/** A fact the source either states (verbatim) or does not: null renders as "Not stated in the criteria document". */
const stated = z.nullable(paragraph)

export const outcome = z.enum([
  'not-covered-medicare',
  'not-medically-necessary',
  'no-criteria',
  'criteria-met',
])
export type Outcome = z.infer<typeof outcome>

export const criteriaSetId = z.enum(['medicare', 'non-medicare'])
export type CriteriaSetId = z.infer<typeof criteriaSetId>

/** One row of a criteria table: the left cell ("Source" or "Service") and the right ("Policy"). */
export const criteriaRow = z.object({
  id: z.string(),
  label: paragraph,
  policy: paragraph,
  /** Set on the row whose statement decides the case (engine data, not policy text). */
  decides: z.optional(z.boolean()),
})

export const criteriaSet = z.object({
  id: criteriaSetId,
  heading: z.string(),
  columns: z.tuple([z.string(), z.string()]),
  rows: z.array(criteriaRow),
  /** The outcome this set yields for the policy's codes: engine data read from the source's table. */
  outcome,
})
export type CriteriaSet = z.infer<typeof criteriaSet>

export const study = z.object({
  id: z.string(),
  reviewId: z.string(),
  authors: z.string(),
  year: z.int(),
  title: z.string(),
  journal: z.string(),
  volumePages: z.string(),
  /** The citation exactly as the source prints it. */
  citation: paragraph,
  design: stated,
  interventionComparator: stated,
  followUp: stated,
  outcomes: stated,
  findings: stated,
  limitations: stated,
  howUsed: stated,
})
export type Study = z.infer<typeof study>

export const mtacReview = z.object({
  id: z.string(),
  date: isoDate,
  /** The heading as printed, e.g. "06/09/1999: MTAC REVIEW". */
  heading: z.string(),
  topic: z.string(),
  evidenceConclusion: z.array(paragraph),
  articles: z.array(paragraph),
  studyIds: z.array(z.string()),
  verdict: paragraph,
})
export type MtacReview = z.infer<typeof mtacReview>

export const committee = z.object({ abbreviation: z.string(), name: z.string() })

export const codeGroup = z.object({
  heading: z.string(),
  columns: z.tuple([z.string(), z.string()]),
  codes: z.array(
    z.object({ code: z.string(), system: z.enum(['HCPCS', 'CPT']), description: z.string() }),
  ),
})

export const policyDetail = z.object({
  id: z.string(),
  title: z.string(),
  organization: z.string(),
  documentType: z.string(),
  /** Set only on generated test and benchmark policies; never on a shipped one. */
  synthetic: z.optional(z.boolean()),
  notice: z.array(paragraph),
  criteriaHeading: z.string(),
  criteriaSets: z.tuple([criteriaSet, criteriaSet]),
  backgroundNote: z.array(paragraph),
  backgroundHeading: z.string(),
  background: z.array(paragraph),
  mtacHeading: z.string(),
  mtacReviews: z.array(mtacReview),
  studies: z.array(study),
  codesHeading: z.string(),
  codeGroups: z.array(codeGroup),
  codeNotes: z.array(paragraph),
  dates: z.object({
    columns: z.tuple([z.string(), z.string(), z.string()]),
    created: z.string(),
    reviewed: z.array(z.object({ date: isoDate, asWritten: z.string(), committee: z.string() })),
    lastRevised: z.string(),
    lastRevisedDate: isoDate,
  }),
  committees: z.array(committee),
  revisionHistory: z.object({
    columns: z.tuple([z.string(), z.string()]),
    entries: z.array(z.object({ date: z.string(), description: z.string() })),
  }),
})
export type PolicyDetail = z.infer<typeof policyDetail>

export const policySummary = z.object({
  id: z.string(),
  title: z.string(),
  organization: z.string(),
  codes: z.array(z.string()),
  lastReviewed: isoDate,
  reviewOverdue: z.boolean(),
  synthetic: z.optional(z.boolean()),
})
export type PolicySummary = z.infer<typeof policySummary>
export const policyList = z.object({ items: z.array(policySummary) })

/** The evidence viewer's payload: each review's conclusion and verdict with its studies. */
export const policyEvidence = z.object({
  policyId: z.string(),
  title: z.string(),
  reviews: z.array(mtacReview),
  studies: z.array(study),
})
export type PolicyEvidence = z.infer<typeof policyEvidence>

export const policyResponse = z.extend(policyDetail, {
  lastReviewed: isoDate,
  reviewOverdue: z.boolean(),
})
export type PolicyResponse = z.infer<typeof policyResponse>
