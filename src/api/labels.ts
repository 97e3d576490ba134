import type { CaseStatus } from './schemas/case.ts'
import type {
  GroupFunding,
  LineOfBusiness,
  Plan,
  RequestChannel,
  Urgency,
} from './schemas/case-fields.ts'
import type { Outcome } from './schemas/policy.ts'

// Words the screens show for the API's enum values. Kept apart from the schemas so a
// screen can label things without loading the validation library.
export const lineOfBusinessLabels: Record<LineOfBusiness, string> = {
  'medicare-advantage': 'Medicare Advantage',
  'commercial-group': 'Commercial (group)',
  'individual-family': 'Individual & Family',
}

export const groupFundingLabels: Record<GroupFunding, string> = {
  'fully-insured': 'Fully insured',
  'self-funded': 'Self-funded',
}

export const planLabels: Record<Plan, string> = {
  kfhpwa: 'Kaiser Foundation Health Plan of Washington',
  'kfhpwa-options': 'Kaiser Foundation Health Plan of Washington Options, Inc.',
}

export const urgencyLabels: Record<Urgency, string> = {
  standard: 'Standard',
  expedited: 'Expedited',
}

export const requestChannelLabels: Record<RequestChannel, string> = {
  electronic: 'Electronic (provider portal or electronic submission)',
  'fax-phone': 'Fax / phone',
}

export const caseStatusLabels: Record<CaseStatus, string> = {
  'pending-md-review': 'Pending medical director review',
  'pended-for-information': 'Pended for information',
  approved: 'Approved',
  denied: 'Denied',
  'appeal-in-review': 'Appeal in review',
  'approved-on-appeal': 'Approved on appeal',
  'denial-upheld': 'Denial upheld',
  'forwarded-to-independent-review': 'Forwarded to independent review',
  withdrawn: 'Withdrawn by the provider',
}

// Its own module: the sign-in screen needs only these, and this file stays off the first screen.
export { roleLabels } from './role-labels.ts'

/** The determination's outcome: the case page's headline and the audit trail's words. */
export const outcomeLabels: Record<Outcome, string> = {
  'not-covered-medicare': 'Not covered (Medicare)',
  'not-medically-necessary': 'Not medically necessary',
  'no-criteria': 'No criteria on file',
  'criteria-met': 'Criteria met',
}
