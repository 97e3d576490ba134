import {
  emptyCaseFields,
  type CaseFieldName,
  type CaseFields,
  type CaseInput,
} from '../../src/api/schemas/case-fields.ts'
import type { PasIssue } from '../../src/api/schemas/pas.ts'
import { fieldLabels, runRules, toInput } from '../../src/domain/case-rules.ts'
import { PLAN_TIME_ZONE, zonedDate } from '../../src/domain/time-zone.ts'
import type { PasItem } from './bundle-items.ts'
import { mapPasBundle, type PasMapping } from './bundle-to-case.ts'
import { findEnrollment } from './enrollment.ts'

/** Why `$submit` refuses a field the Bundle does not say and the enrollment records do not hold. */
const UNSTATED: Partial<Record<CaseFieldName, string>> = {
  dateOfBirth:
    'The Patient has no birth date and the member is not in the plan’s enrollment records (by member identifier or Coverage.subscriberId): send Patient.birthDate',
  lineOfBusiness:
    'The Coverage does not tell the line of business and the member is not in the plan’s enrollment records (by member identifier or Coverage.subscriberId): send Coverage.class of type “plan” with the plan’s product code, or Coverage.type SOPT 11 (Medicare Advantage)',
  plan: 'The Coverage does not name the plan and the member is not in the plan’s enrollment records: send Coverage.class of type “plan” with the plan’s product code.',
  groupFunding:
    'The Coverage does not tell whether the group plan is fully insured or self-funded: send the plan’s product code in Coverage.class.',
}

// The product rule's window is for a reviewer typing a case; a PAS request is taken as
// sent and the date shown to the reviewer (docs/pas.md, What happens to each item).
const WINDOW =
  'Date of service must be from 1 year before to 2 years after the request was received'

/** One review to open: a case input for one `Claim.item`. */
export type ItemReview = { input: CaseInput; item: PasItem }

export type Submission =
  | { ok: true; reviews: ItemReview[]; cancelled: PasItem[]; mapping: PasMapping }
  /**
   * Refused. `business`: every problem is one the guide answers in `ClaimResponse.error`
   * (the member is not one the plan can find), not a malformed request.
   */
  | { ok: false; issues: PasIssue[]; business?: true }

/** The member's birth date and plan from the enrollment records, where the Bundle is silent. */
export function fromEnrollment(mapping: PasMapping): Partial<CaseFields> {
  const { fields } = mapping
  const found = findEnrollment(fields.memberId, mapping.subscriberId)
  if (!found) return {}
  const out: Partial<CaseFields> = {}
  if (!fields.dateOfBirth) out.dateOfBirth = found.dateOfBirth
  if (!fields.plan || !fields.lineOfBusiness) {
    out.plan = found.plan
    out.lineOfBusiness = found.lineOfBusiness
    out.groupFunding = found.groupFunding ?? ''
  }
  return out
}

/**
 * A PAS request as `$submit` takes it: one review per `Claim.item` (an item the request
 * cancels is not reviewed), each judged by the case rules of `POST /cases`
 * (src/domain/case-rules.ts) with what the guide allows: no diagnosis, an X12 service
 * type (no criteria on file: a medical director reviews it), a date outside the case
 * form's window, no date at all (the day the request is received). Each message is
 * placed at the element it came from. Received now, on the Electronic channel.
 */
/**
 * This service's own limit, not the guide's (which sets none): each item becomes a case
 * and its review, written in one transaction, and thousands in one request held every
 * other request back for seconds.
 */
export const MAX_ITEMS = 100

export function checkSubmission(value: unknown, now: Date): Submission {
  const mapping = mapPasBundle(value)
  const issues = mapping.issues.filter((i) => i.severity === 'error')
  if (issues.some((i) => i.expression === 'Bundle' || i.expression === 'Bundle.entry'))
    return { ok: false, issues }
  if (mapping.items.length > MAX_ITEMS)
    return {
      ok: false,
      issues: [
        {
          severity: 'error',
          // Stryker disable next-line Regex: the first item's index is 0, one digit either way
          expression: mapping.items[0]!.path.replace(/\[\d+\]$/, ''),
          message: `A request may carry at most ${MAX_ITEMS} items (this one has ${mapping.items.length}): send the others as further requests`,
        },
      ],
    }
  if (!mapping.bundleIdentifier)
    issues.push({
      severity: 'error',
      expression: 'Bundle.identifier',
      message:
        'The Bundle has no identifier: a PAS request Bundle carries one, and a resend is known by it',
    })
  const today = zonedDate(now, PLAN_TIME_ZONE)
  const common: CaseFields = {
    ...emptyCaseFields,
    ...mapping.fields,
    ...fromEnrollment(mapping),
    requestReceivedAt: now.toISOString(),
  }
  const named = new Set(issues.map((i) => i.field))
  // The member is not in the enrollment records and the Bundle does not say what they hold.
  const notFound = new Set<PasIssue>()
  const enrolled = findEnrollment(mapping.fields.memberId, mapping.subscriberId) !== undefined
  const reviews: ItemReview[] = []
  const notes: PasIssue[] = []
  // Stryker disable next-line MethodExpression: a cancelled item has no service code read (bundle-items.ts), so the next line passes over it too
  for (const item of mapping.items.filter((i) => !i.cancelled)) {
    if (!item.serviceCode) continue // already refused at the item
    const fields = { ...common, serviceCode: item.serviceCode }
    fields.dateOfService = item.dateOfService ?? today
    if (!item.dateOfService)
      notes.push({
        severity: 'information',
        expression: `${item.path}.servicedDate`,
        message: `No date of service is given for this item: the day the request was received (${today}) is recorded`,
      })
    const errors = runRules(fields, now, now)
    // Stryker disable next-line ConditionalExpression: any other code passed isServiceCode in the mapping, so the rule has nothing to refuse
    if (item.noCriteriaReason) delete errors.serviceCode
    if (fields.diagnosisCodes.length === 0) delete errors.diagnosisCodes
    if (errors.dateOfService === WINDOW) {
      delete errors.dateOfService
      notes.push({
        severity: 'information',
        expression: item.datePath ?? `${item.path}.servicedDate`,
        message: `The date of service ${fields.dateOfService} is more than a year before or two years after the request: listed for the reviewer`,
      })
    }
    for (const [name, message] of Object.entries(errors)) {
      const field = name as CaseFieldName
      if (named.has(field)) continue
      named.add(field)
      const unstated = mapping.unstated.includes(field) || field === 'groupFunding'
      const issue: PasIssue = {
        severity: 'error',
        expression:
          field === 'dateOfService'
            ? (item.datePath ?? `${item.path}.servicedDate`)
            : field === 'serviceCode'
              ? `${item.path}.productOrService`
              : (mapping.paths[field] ?? 'Bundle'),
        message: (unstated ? UNSTATED[field] : undefined) ?? `${fieldLabels[field]}: ${message}`,
        field,
      }
      issues.push(issue)
      if (unstated && !enrolled && UNSTATED[field]) notFound.add(issue)
    }
    if (Object.keys(errors).length === 0) reviews.push({ input: toInput(fields, now), item })
  }
  if (issues.length === 0 && reviews.length === 0 && !mapping.related)
    issues.push({
      severity: 'error',
      expression: mapping.paths.serviceCode ?? 'Bundle.entry',
      message:
        'Every item of this request is cancelled and it names no earlier request to update (Claim.related): there is nothing to review',
    })
  if (issues.length > 0 && issues.every((i) => notFound.has(i)))
    return { ok: false, issues, business: true }
  if (issues.length > 0) return { ok: false, issues }
  mapping.issues.push(...notes)
  for (const item of mapping.items.filter((i) => i.cancelled))
    mapping.issues.push({
      severity: 'information',
      expression: `${item.path}.modifierExtension`,
      message: 'This item is cancelled by the request (infoCancelledFlag): it is not reviewed',
    })
  return { ok: true, reviews, cancelled: mapping.items.filter((i) => i.cancelled), mapping }
}
