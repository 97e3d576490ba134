import type { CaseFieldName, CaseFields, CaseInput } from '../../src/api/schemas/case-fields.ts'
import {
  fieldLabels,
  MAX_TEXT_LENGTH,
  runRules,
  textLength,
  toInput,
  type FieldErrors,
} from '../../src/domain/case-rules.ts'
import {
  groupFundingValues,
  lineOfBusinessValues,
  planValues,
  requestChannelValues,
  urgencyValues,
} from '../../src/domain/case-values.ts'
import { wallTimeToInstant } from '../../src/domain/time-zone.ts'

/**
 * The service's side of case entry: a POST /cases body is any JSON value. It is coerced
 * to the form's fields, then judged by the form's own rules (src/domain/case-rules.ts).
 */

// What the form cannot produce (wrong JSON types, unknown choices, other time formats)
// gets a message of its own; everything else goes through the same rules as the form.
const CORRECTION_REASON_SHAPE =
  'Reason for correcting enrollment must be text of 4,000 characters or fewer'
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
  const reason = (body as { enrollmentCorrectionReason?: unknown } | null)
    ?.enrollmentCorrectionReason
  if (reason !== undefined && (typeof reason !== 'string' || textLength(reason) > MAX_TEXT_LENGTH))
    entries.push(['enrollmentCorrectionReason', [CORRECTION_REASON_SHAPE]])
  if (entries.length > 0) return { ok: false, errors: Object.fromEntries(entries) }
  const value = toInput(fields, received)
  if (typeof reason === 'string' && reason.trim()) value.enrollmentCorrectionReason = reason.trim()
  return { ok: true, value }
}
