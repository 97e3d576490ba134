import * as z from 'zod/mini'
import {
  groupFundingValues,
  lineOfBusinessValues,
  planValues,
  requestChannelValues,
  urgencyValues,
} from '../../domain/case-values.ts'

export const lineOfBusiness = z.enum(lineOfBusinessValues)
export type LineOfBusiness = z.infer<typeof lineOfBusiness>
export const groupFunding = z.enum(groupFundingValues)
export type GroupFunding = z.infer<typeof groupFunding>
export const plan = z.enum(planValues)
export type Plan = z.infer<typeof plan>
export const urgency = z.enum(urgencyValues)
export type Urgency = z.infer<typeof urgency>
export const requestChannel = z.enum(requestChannelValues)
export type RequestChannel = z.infer<typeof requestChannel>

/**
 * The case form as typed: every value a string, nothing normalized yet. This is
 * what a draft stores, so a half-entered case resumes exactly as it was left.
 * `requestReceivedAt` is a wall-clock time in America/Los_Angeles (YYYY-MM-DDTHH:mm).
 */
export const caseFields = z.object({
  memberId: z.string().check(z.maxLength(200)),
  dateOfBirth: z.string().check(z.maxLength(40)),
  lineOfBusiness: z.union([lineOfBusiness, z.literal('')]),
  groupFunding: z.union([groupFunding, z.literal('')]),
  plan: z.union([plan, z.literal('')]),
  serviceCode: z.string().check(z.maxLength(200)),
  diagnosisCodes: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(50)),
  dateOfService: z.string().check(z.maxLength(40)),
  urgency: z.union([urgency, z.literal('')]),
  requestReceivedAt: z.string().check(z.maxLength(40)),
  // Like the notes: a draft keeps text past the 4,000-character rule, so it can be trimmed later.
  backdateReason: z.string().check(z.maxLength(20000)),
  requestChannel: z.union([requestChannel, z.literal('')]),
  requestingProviderNpi: z.string().check(z.maxLength(200)),
  clinicalNotes: z.string().check(z.maxLength(20000)),
})
export type CaseFields = z.infer<typeof caseFields>
export type CaseFieldName = keyof CaseFields

export const emptyCaseFields: CaseFields = {
  memberId: '',
  dateOfBirth: '',
  lineOfBusiness: '',
  groupFunding: '',
  plan: '',
  serviceCode: '',
  diagnosisCodes: [],
  dateOfService: '',
  urgency: '',
  requestReceivedAt: '',
  backdateReason: '',
  requestChannel: '',
  requestingProviderNpi: '',
  clinicalNotes: '',
}

/** The body of POST /cases: normalized values; the service checks every rule again. */
export const caseInput = z.object({
  memberId: z.string(),
  dateOfBirth: z.string(),
  lineOfBusiness,
  groupFunding: z.optional(groupFunding),
  plan,
  serviceCode: z.string(),
  diagnosisCodes: z.array(z.string()),
  dateOfService: z.string(),
  urgency,
  requestReceivedAt: z.string(),
  backdateReason: z.optional(z.string()),
  requestChannel,
  requestingProviderNpi: z.optional(z.string()),
  clinicalNotes: z.optional(z.string()),
  /**
   * Why the reviewer entered the member's date of birth or coverage other than enrollment
   * holds: it goes on the case's audit trail with what differed (service/members/parties.ts).
   */
  enrollmentCorrectionReason: z.optional(z.string()),
})
export type CaseInput = z.infer<typeof caseInput>
