import type { CaseFieldName, CaseFields, CaseInput } from '../api/schemas/case-fields.ts'
import {
  groupFundingValues,
  lineOfBusinessValues,
  planValues,
  requestChannelValues,
  urgencyValues,
} from './case-values.ts'
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
 * submit, and the mock service runs the same rules on POST /cases, so a reviewer sees
 * the same words whichever side catches the mistake.
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
  if (!value.trim()) return `Enter the ${label.toLowerCase()}`
  if (!isRealIsoDate(value.trim())) return `${label} must be a real date`
}

const rules: Record<CaseFieldName, Rule> = {
  memberId: ({ memberId }) => {
    if (!memberId.trim()) return 'Enter the member ID'
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
    if (!serviceCode.trim()) return 'Enter the service code'
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
    if (!requestReceivedAt.trim()) return 'Enter when the request was received'
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

function runRules(f: CaseFields, now: Date, received: Date | null, skip: FieldErrors = {}) {
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

function toInput(f: CaseFields, received: Date | null): CaseInput {
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

// What the form cannot produce (wrong JSON types, unknown choices, other time formats)
// gets a message of its own; everything else goes through the same rules as the form.
const ISO_INSTANT =
  /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?)(?:\.(\d{1,9}))?(?:Z|([+-])(\d{2}):(\d{2}))$/
const INSTANT_SHAPE =
  'Enter the request received time as an ISO 8601 date-time with an offset, like 2026-03-01T17:30:00Z'

function parseInstant(m: RegExpExecArray): Date | null {
  const [, local = '', fraction = '0', sign, hh = '0', mm = '0'] = m
  const utc = wallTimeToInstant(local, 'UTC')
  if (!utc || Number(hh) > 23 || Number(mm) > 59) return null
  const offsetMs = (sign === '-' ? -1 : 1) * (Number(hh) * 60 + Number(mm)) * 60_000
  return new Date(utc.getTime() + Math.floor(Number(`0.${fraction}`) * 1000) - offsetMs)
}

function coerce(body: unknown) {
  const obj = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>
  const errors: FieldErrors = {}
  const text = (name: CaseFieldName): string => {
    const v = obj[name]
    if (typeof v === 'string' || v == null) return v ?? ''
    errors[name] = `${fieldLabels[name]} must be text`
    return ''
  }
  const choice = <T extends string>(name: CaseFieldName, options: readonly T[]): T | '' => {
    const v = text(name)
    if (v === '' || options.includes(v as T)) return v as T | ''
    errors[name] = `${fieldLabels[name]} must be one of: ${options.join(', ')}`
    return ''
  }
  const codes = obj.diagnosisCodes ?? []
  const codesOk =
    Array.isArray(codes) && codes.length <= 50 && codes.every((c) => typeof c === 'string')
  if (!codesOk)
    errors.diagnosisCodes = 'Diagnosis codes must be a list of up to 50 codes, like ["M54.50"]'
  const fields: CaseFields = {
    ...{ memberId: text('memberId'), dateOfBirth: text('dateOfBirth') },
    lineOfBusiness: choice('lineOfBusiness', lineOfBusinessValues),
    groupFunding: choice('groupFunding', groupFundingValues),
    ...{ plan: choice('plan', planValues), serviceCode: text('serviceCode') },
    diagnosisCodes: codesOk ? (codes as string[]) : [],
    ...{ dateOfService: text('dateOfService'), urgency: choice('urgency', urgencyValues) },
    ...{ requestReceivedAt: text('requestReceivedAt'), backdateReason: text('backdateReason') },
    requestChannel: choice('requestChannel', requestChannelValues),
    requestingProviderNpi: text('requestingProviderNpi'),
    clinicalNotes: text('clinicalNotes'),
  }
  const raw = fields.requestReceivedAt.trim()
  const m = ISO_INSTANT.exec(raw)
  if (raw && !m && !errors.requestReceivedAt) errors.requestReceivedAt = INSTANT_SHAPE
  return { fields, errors, received: m ? parseInstant(m) : null }
}

export type CaseInputResult =
  { ok: true; value: CaseInput } | { ok: false; errors: Record<string, string[]> }

/**
 * The service's check of a POST /cases body: any JSON value, never a throw. Unknown
 * keys are ignored; errors are keyed by CaseFields names, one message each.
 */
export function validateCaseInput(body: unknown, now: Date): CaseInputResult {
  const { fields, errors: shape, received } = coerce(body)
  const errors = runRules(fields, now, received, shape)
  const entries = Object.entries(errors).map(([name, message]) => [name, [message]])
  if (entries.length > 0) return { ok: false, errors: Object.fromEntries(entries) }
  return { ok: true, value: toInput(fields, received) }
}
