import type {
  AppealDecisionInput,
  AppealInput,
  DecisionInput,
  StoredCase,
} from '../../src/api/schemas/case.ts'
import { appealDecisionAction } from '../../src/api/schemas/case.ts'
import { isoInstant } from '../../src/api/schemas/common.ts'
import { caseStatusLabels } from '../../src/api/labels.ts'
import { appealErrors, appealInputOf, type AppealValues } from '../../src/domain/appeal-rules.ts'
import type { User } from '../../src/api/schemas/user.ts'
import { checkDecision } from '../../src/domain/decision-rules.ts'
import { parseDecision } from './parse-decision.ts'

type FieldErrors = Record<string, string[]>
export type Refusal = { status: number; detail: string; errors?: FieldErrors }
const asObject = (body: unknown) =>
  (typeof body === 'object' && body !== null && !Array.isArray(body) ? body : {}) as Record<
    string,
    unknown
  >
const str = (v: unknown) => (typeof v === 'string' ? v : '')

/** The denial an appeal is about: the last deny decision on the case. */
export const denialOf = (c: StoredCase) =>
  [...c.decisions].reverse().find((d) => d.action === 'deny')

/** A POST /cases/{id}/appeal body of any JSON shape, checked by the shared appeal rules. */
export function parseAppeal(
  body: unknown,
  now: Date,
  deniedAt: string,
): { ok: true; value: AppealInput } | { ok: false; errors: FieldErrors } {
  const obj = asObject(body)
  const receivedText = str(obj.receivedAt)
  const received = isoInstant.safeParse(receivedText).success ? new Date(receivedText) : null
  const values: AppealValues = {
    requestedBy: str(obj.requestedBy),
    received: received && !Number.isNaN(received.getTime()) ? received : null,
    receivedGiven: receivedText !== '',
    backdateReason: str(obj.backdateReason),
    urgency: str(obj.urgency),
    channel: str(obj.channel),
    reasonGiven: str(obj.reasonGiven),
    goodCauseNote: str(obj.goodCauseNote),
  }
  const errors = appealErrors(values, now, deniedAt)
  const entries = Object.entries(errors).map(([k, m]) => [k, [m]])
  if (entries.length || !values.received) return { ok: false, errors: Object.fromEntries(entries) }
  return { ok: true, value: appealInputOf({ ...values, received: values.received }) }
}

/** Only a denied case can be appealed, once (409 with the case's status in words). */
export function refuseAppeal(c: StoredCase): Refusal | null {
  if (c.status === 'denied' && !c.appeal) return null
  return {
    status: 409,
    detail: `Only a denied case can be appealed. This case is \u201c${caseStatusLabels[c.status]}\u201d.`,
  }
}

/** The appeal decision in the first decision's terms: upholding is denying again. */
export function asFirstDecision(input: AppealDecisionInput): DecisionInput {
  return { ...input, action: input.action === 'uphold' ? 'deny' : 'approve' }
}

export function parseAppealDecision(
  body: unknown,
): { ok: true; value: AppealDecisionInput } | { ok: false; errors: FieldErrors } {
  const obj = asObject(body)
  const action = appealDecisionAction.safeParse(obj.action)
  // The shared parser reads the words; the appeal's own action is checked here.
  const parsed = parseDecision({ ...obj, action: action.data === 'uphold' ? 'deny' : 'approve' })
  const errors: FieldErrors = parsed.ok ? {} : { ...parsed.errors }
  if (!action.success) errors.action = ['Choose approve on appeal or uphold the denial']
  if (!parsed.ok || !action.success) return { ok: false, errors }
  return { ok: true, value: { ...parsed.value, action: action.data } }
}

export const DIFFERENT_PHYSICIAN_RULE =
  'The medical director who made the denial may not decide its appeal: a different physician must decide it (42 CFR 422.590; the same principle for the other lines of business).'

/**
 * The appeal's own rules first (an appeal waiting, a medical director, not the one who
 * denied), then the SAME rules as a first decision, by calling the shared function: a
 * bound criterion, a member-specific reason and a rationale for an upheld denial.
 */
export function refuseAppealDecision(
  input: AppealDecisionInput,
  user: User,
  c: StoredCase,
): Refusal | null {
  if (c.status !== 'appeal-in-review' || !c.appeal)
    return { status: 409, detail: 'This case has no appeal waiting for a decision.' }
  if (user.role !== 'medical-director')
    return { status: 403, detail: 'Only a medical director may decide an appeal.' }
  if (user.id === c.appeal.deniedBy.id) return { status: 403, detail: DIFFERENT_PHYSICIAN_RULE }
  // Judged as the open case it was before its first decision: the appeal reopens that question.
  // The appeal is this director's by the rule above, so no take-over is asked for.
  return checkDecision(asFirstDecision(input), {
    status: 'pending-md-review',
    determination: c.determination,
    assignedTo: null,
    decider: user,
  })
}
