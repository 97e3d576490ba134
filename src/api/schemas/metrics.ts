import * as z from 'zod/mini'
import { caseStatus } from './case.ts'
import { lineOfBusiness, urgency } from './case-fields.ts'
import { isoInstant } from './common.ts'

/** The figures CMS-0057-F asks a plan to publish each year, plus the on-time rate. */
export const metricId = z.enum([
  'standard-approved',
  'standard-denied',
  'standard-approved-after-appeal',
  'approved-after-extension',
  'expedited-approved',
  'expedited-denied',
  'standard-average-hours',
  'standard-median-hours',
  'expedited-average-hours',
  'expedited-median-hours',
  'on-time',
])
export type MetricId = z.infer<typeof metricId>

/** The worklist filters that list the cases behind a figure (its denominator's numerator). */
export const metricLink = z.object({
  decidedYear: z.int(),
  lineOfBusiness: z.optional(lineOfBusiness),
  urgency: z.optional(urgency),
  initialDecision: z.optional(z.enum(['approve', 'deny'])),
  status: z.optional(z.array(caseStatus)),
  onTime: z.optional(z.boolean()),
})
export type MetricLink = z.infer<typeof metricLink>

export const metricFigure = z.object({
  id: metricId,
  label: z.string(),
  unit: z.enum(['percent', 'hours']),
  /** Percent (0 to 100) or hours, to one decimal; null when the denominator is 0. */
  value: z.nullable(z.number()),
  numerator: z.number(),
  denominator: z.int(),
  numeratorWords: z.string(),
  denominatorWords: z.string(),
  note: z.nullable(z.string()),
  link: z.nullable(metricLink),
})
export type MetricFigure = z.infer<typeof metricFigure>

/** 42 CFR 422.122(c)(1): an item or service that needs prior authorization, from the policies. */
export const priorAuthorizationItem = z.object({
  code: z.string(),
  system: z.enum(['HCPCS', 'CPT']),
  /** HCPCS descriptions as the policy words them; CPT descriptions are AMA-licensed, so null. */
  description: z.nullable(z.string()),
  policies: z.array(z.object({ id: z.string(), title: z.string() })),
})
export type PriorAuthorizationItem = z.infer<typeof priorAuthorizationItem>

export const metricsReport = z.object({
  year: z.int(),
  lineOfBusiness: z.nullable(lineOfBusiness),
  generatedAt: isoInstant,
  figures: z.array(metricFigure),
  /** First final decisions per plan-time month of the year. */
  monthly: z.array(z.object({ month: z.string(), approved: z.int(), denied: z.int() })),
  /** Hours from receipt to the first final decision, in bands. */
  distribution: z.array(z.object({ label: z.string(), standard: z.int(), expedited: z.int() })),
  source: z.string(),
  /** Item (1) of 42 CFR 422.122(c): the items and services that need prior authorization. */
  priorAuthorizationList: z.array(priorAuthorizationItem),
})
export type MetricsReport = z.infer<typeof metricsReport>
