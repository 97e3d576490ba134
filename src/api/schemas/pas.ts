import * as z from 'zod/mini'
import { caseFields } from './case-fields.ts'

/**
 * Da Vinci PAS (FHIR R4) as the criteria API speaks it. The FHIR resources themselves
 * are typed by `@types/fhir` (types only); these schemas cover what the app reads.
 */

/** One problem or note about a PAS Bundle, naming the element by its FHIRPath. */
export const pasIssue = z.object({
  severity: z.enum(['error', 'warning', 'information']),
  /** FHIRPath of the element, e.g. `Bundle.entry[0].resource.use`. */
  expression: z.string(),
  message: z.string(),
  /** The case form field the element fills, when there is one. */
  field: z.optional(z.string()),
  /**
   * The OperationOutcome issue type: `not-supported` for what the guide allows and this
   * service does not do, `invalid` (the default for an error) for a request that is wrong.
   */
  code: z.optional(z.enum(['invalid', 'not-supported'])),
})
export type PasIssue = z.infer<typeof pasIssue>

/** The body of `POST /fhir/Claim/$parse`: the Bundle as the reviewer dropped or pasted it. */
export const pasParseInput = z.object({ bundle: z.string().check(z.maxLength(2_000_000)) })
export type PasParseInput = z.infer<typeof pasParseInput>

/**
 * What a PAS Bundle says, in the case form's words. `unstated` lists the fields the
 * Bundle does not say, which the reviewer completes; nothing is created by parsing.
 */
export const pasParseResult = z.object({
  fields: z.partial(caseFields),
  unstated: z.array(z.string()),
  issues: z.array(pasIssue),
})
export type PasParseResult = z.infer<typeof pasParseResult>

/** A FHIR Bundle as the app downloads it: checked to be a Bundle, kept whole. */
export const fhirBundle = z.looseObject({ resourceType: z.literal('Bundle') })
