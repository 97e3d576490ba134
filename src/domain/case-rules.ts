import type { CaseFieldName, CaseFields, CaseInput } from '../api/schemas/case-fields.ts'
import { normalizeIcd10 } from './icd10.ts'
import { hasVisibleText } from './visible-text.ts'
import { normalizeMemberId } from './member-id.ts'
import { retiredCodeMessage } from './retired-codes.ts'
import { isValidNpi } from './npi.ts'
import { isServiceCode, normalizeServiceCode } from './service-codes.ts'
import { CLOCK_SKEW_MS, receivedDay, shiftYears } from './case-dates.ts'
import { PLAN_TIME_ZONE, isRealIsoDate, wallTimeToInstant, zonedDate } from './time-zone.ts'

/**
 * The Case entry rules (docs/product-rules.md), written once: the form runs them on blur and on
 * submit, and the mock service runs the same rules on POST /cases (its own parsing of
 * any JSON body is in service/cases/case-input.ts), so a reviewer sees the same words
 * whichever side catches the mistake.
 */
export type FieldErrors = Partial<Record<CaseFieldName, string>>

/** The labels the form shows, listed in form order. */
export const fieldLabels: Record<CaseFieldName, string> = {
  memberId: 'Member ID',
  dateOfBirth: 'Date of birth',
  lineOfBusiness: 'Line of business',
  groupFunding: 'Group funding',
  plan: 'Plan',
  serviceCode: 'Service code',
  diagnosisCodes: 'Diagnosis codes',
  dateOfService: 'Date of service',
  urgency: 'Urgency',
  requestReceivedAt: 'Request received',
  backdateReason: 'Reason for late entry',
  requestChannel: 'Request channel',
  requestingProviderNpi: 'Requesting provider NPI',
  clinicalNotes: 'Clinical notes',
}
export const fieldOrder = Object.keys(fieldLabels) as CaseFieldName[]

const MAX_TEXT = 4000
const LATE_ENTRY_MS = 60 * 60_000
const MEMBER_ID = /^[A-Za-z0-9]{6,20}$/

/** `received` is the request-received instant once parsed (the form and API spell it differently). */
type Rule = (f: CaseFields, now: Date, received: Date | null) => string | undefined
const select =
  (name: CaseFieldName, what: string): Rule =>
  (f) =>
    f[name] ? undefined : `Select the ${what}`
/**
 * Characters as a person counts them: code points, so an emoji or a rare CJK character
 * is one, not the two UTF-16 units `.length` would count. The form's count uses it too.
 */
export const textLength = (v: string) => [...v.trim()].length
export const MAX_TEXT_LENGTH = MAX_TEXT
const maxText = (label: string) => (v: string) =>
  textLength(v) > MAX_TEXT ? `${label} must be 4,000 characters or fewer` : undefined

function date(label: string, value: string): string | undefined {
  if (!hasVisibleText(value)) return `Enter the ${label.toLowerCase()}`
  if (!isRealIsoDate(value.trim())) return `${label} must be a real date`
}

const rules: Record<CaseFieldName, Rule> = {
  memberId: ({ memberId }) => {
    if (!hasVisibleText(memberId)) return 'Enter the member ID'
    if (!MEMBER_ID.test(normalizeMemberId(memberId)))
      return 'Member ID must be 6 to 20 letters and digits'
  },
  dateOfBirth: ({ dateOfBirth }, now) => {
    const dob = dateOfBirth.trim()
    // "Today" is the plan's today, whatever zone the reviewer's machine is in.
    const today = zonedDate(now, PLAN_TIME_ZONE)
    const oldest = shiftYears(today, -120)
    return (
      date('Date of birth', dob) ??
      (dob > today ? 'Date of birth must be in the past' : undefined) ??
      (dob < oldest ? 'Date of birth must be within the last 120 years' : undefined)
    )
  },
  lineOfBusiness: select('lineOfBusiness', 'line of business'),
  groupFunding: (f) =>
    f.lineOfBusiness === 'commercial-group' && !f.groupFunding
      ? 'Select the group funding'
      : undefined,
  plan: select('plan', 'plan'),
  serviceCode: ({ serviceCode }) => {
    if (!hasVisibleText(serviceCode)) return 'Enter the service code'
    if (!isServiceCode(serviceCode))
      return 'Service code must be a HCPCS Level II code (a letter and 4 digits, like M0076) or a CPT code (5 digits, or 4 digits and F, T or U)'
  },
  diagnosisCodes: ({ diagnosisCodes, dateOfService }) => {
    // Blank rows of the form are not codes; the first bad one is named so it can be found.
    const typed = diagnosisCodes.map((c) => c.trim()).filter(Boolean)
    if (typed.length === 0) return 'Enter at least one diagnosis code'
    const bad = typed.find((c) => normalizeIcd10(c) === null)
    if (bad !== undefined) return `Diagnosis code “${bad}” must be an ICD-10-CM code, like M54.50`
    return retiredCodeMessage(typed, dateOfService.trim())
  },
  dateOfService: ({ dateOfService, dateOfBirth }, now, received) => {
    const [dos, dob] = [dateOfService.trim(), dateOfBirth.trim()]
    // docs/product-rules.md, Case entry: "from 1 year before to 2 years after the request was received" (plan dates),
    // judged only against a received date that passes its own rule: one mistake, one message.
    const day = receivedDay(received, now)
    return (
      date('Date of service', dos) ??
      (isRealIsoDate(dob) && dos < dob
        ? 'Date of service must be on or after the date of birth'
        : undefined) ??
      (day && (dos < shiftYears(day, -1) || dos > shiftYears(day, 2))
        ? 'Date of service must be from 1 year before to 2 years after the request was received'
        : undefined)
    )
  },
  urgency: select('urgency', 'urgency'),
  requestReceivedAt: ({ requestReceivedAt }, now, received) => {
    if (!hasVisibleText(requestReceivedAt)) return 'Enter when the request was received'
    if (!received) return 'Request received must be a real date and time'
    if (received.getTime() > now.getTime() + CLOCK_SKEW_MS)
      return 'Request received cannot be in the future'
    if (!receivedDay(received, now)) return 'Request received cannot be before 1 January 2000'
  },
  backdateReason: ({ backdateReason }, now, received) => {
    // A late entry changes the turnaround clock, so the audit trail must say why.
    const late = received !== null && received.getTime() < now.getTime() - LATE_ENTRY_MS
    if (late && !hasVisibleText(backdateReason))
      return 'Enter why the request is being entered more than an hour after it was received'
    return maxText('Reason for late entry')(backdateReason)
  },
  requestChannel: select('requestChannel', 'request channel'),
  requestingProviderNpi: ({ requestingProviderNpi }) => {
    const npi = requestingProviderNpi.trim()
    if (!npi) return undefined
    if (!/^\d{10}$/.test(npi)) return 'Requesting provider NPI must be 10 digits'
    if (!isValidNpi(npi)) return 'Requesting provider NPI is not valid: check the number'
  },
  clinicalNotes: ({ clinicalNotes }) => maxText('Clinical notes')(clinicalNotes),
}

/** Every rule over the fields; `skip` holds fields already refused for their shape. */
export function runRules(f: CaseFields, now: Date, received: Date | null, skip: FieldErrors = {}) {
  const errors: FieldErrors = {}
  for (const name of fieldOrder) {
    const message = skip[name] ?? rules[name](f, now, received)
    if (message) errors[name] = message
  }
  return errors
}

/** One message per field, in form order; `requestReceivedAt` is plan wall time. */
export function validateCaseFields(fields: CaseFields, now: Date): FieldErrors {
  return runRules(fields, now, wallTimeToInstant(fields.requestReceivedAt.trim(), PLAN_TIME_ZONE))
}

/** The POST /cases body for fields that passed the rules (throws otherwise). */
export function toInput(f: CaseFields, received: Date | null): CaseInput {
  const { lineOfBusiness, plan, urgency, requestChannel } = f
  if (!received || !lineOfBusiness || !plan || !urgency || !requestChannel)
    throw new Error('Case fields must pass validation before they become a case')
  const diagnosisCodes = f.diagnosisCodes.flatMap((c) => normalizeIcd10(c) ?? [])
  const input: CaseInput = {
    ...{
      memberId: normalizeMemberId(f.memberId),
      dateOfBirth: f.dateOfBirth.trim(),
      lineOfBusiness,
      plan,
    },
    serviceCode: normalizeServiceCode(f.serviceCode),
    diagnosisCodes: [...new Set(diagnosisCodes)],
    ...{ dateOfService: f.dateOfService.trim(), urgency, requestChannel },
    requestReceivedAt: received.toISOString(),
  }
  if (lineOfBusiness === 'commercial-group' && f.groupFunding) input.groupFunding = f.groupFunding
  for (const key of ['backdateReason', 'requestingProviderNpi', 'clinicalNotes'] as const) {
    if (f[key].trim()) input[key] = f[key].trim()
  }
  return input
}

/** The POST /cases body for fields that pass `validateCaseFields` (throws otherwise). */
export function caseFieldsToInput(fields: CaseFields): CaseInput {
  return toInput(fields, wallTimeToInstant(fields.requestReceivedAt.trim(), PLAN_TIME_ZONE))
}
