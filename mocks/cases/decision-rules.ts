import type { DecisionInput, StoredCase } from '../../src/api/schemas/case.ts'
import { decisionAction } from '../../src/api/schemas/case.ts'
import type { User } from '../../src/api/schemas/user.ts'
import { hasFinalDecision } from '../../src/domain/case-status.ts'

const MAX_TEXT = 4000
type FieldErrors = Record<string, string[]>
export type Refusal = { status: number; detail: string; errors?: FieldErrors }

/** Reads a decision body of any JSON shape without throwing; wrong types are field errors. */
export function parseDecision(
  body: unknown,
): { ok: true; value: DecisionInput } | { ok: false; errors: FieldErrors } {
  const obj = (
    typeof body === 'object' && body !== null && !Array.isArray(body) ? body : {}
  ) as Record<string, unknown>
  const errors: FieldErrors = {}
  const text = (name: string, label: string): string | undefined => {
    const v = obj[name]
    if (v === undefined || v === null) return undefined
    if (typeof v !== 'string') errors[name] = [`${label} must be text`]
    else if (v.trim().length > MAX_TEXT)
      errors[name] = [`${label} must be 4,000 characters or fewer`]
    else return v.trim()
  }
  const action = decisionAction.safeParse(obj.action)
  if (!action.success) errors.action = ['Choose approve, deny or pend']
  const peer = obj.peerToPeerOffered ?? false
  if (typeof peer !== 'boolean')
    errors.peerToPeerOffered = ['Say whether a peer-to-peer was offered']
  const value = {
    action: action.success ? action.data : 'approve',
    rationale: text('rationale', 'Rationale') ?? '',
    criterionReliedOn: text('criterionReliedOn', 'Criterion relied on'),
    memberReason: text('memberReason', 'Reason specific to the member'),
    informationNeeded: text('informationNeeded', 'Information needed'),
    peerToPeerOffered: peer === true,
  }
  if (Object.keys(errors).length) return { ok: false, errors }
  return { ok: true, value }
}

/**
 * What PRODUCT allows, checked in the order a reviewer would want to hear it: a final
 * case cannot change (409); only a medical director may deny or pend, and a reviewer
 * may approve only what the criteria met (403); then the words each decision needs (400).
 */
export function refuseDecision(input: DecisionInput, user: User, c: StoredCase): Refusal | null {
  if (hasFinalDecision(c.status))
    return { status: 409, detail: 'This case has a final decision and is read-only.' }
  if (user.role !== 'medical-director') {
    if (input.action !== 'approve')
      return { status: 403, detail: 'Only a medical director may deny or pend a case.' }
    if (c.determination.outcome !== 'criteria-met')
      return {
        status: 403,
        detail: 'A utilization reviewer may approve only a case whose criteria are met.',
      }
  }
  const errors: FieldErrors = {}
  if (!input.rationale) errors.rationale = ['Enter the rationale']
  if (input.action === 'deny') {
    if (!input.criterionReliedOn) errors.criterionReliedOn = ['Enter the criterion relied on']
    if (!input.memberReason) errors.memberReason = ['Enter the reason specific to the member']
  }
  if (input.action === 'pend' && !input.informationNeeded)
    errors.informationNeeded = ['Enter what information is needed']
  if (Object.keys(errors).length)
    return { status: 400, detail: 'The decision is missing required fields.', errors }
  return null
}

/** Keeps only the fields that belong to the action, so a record never says more than was decided. */
export function decisionFields(input: DecisionInput): DecisionInput {
  const { action, rationale, peerToPeerOffered } = input
  if (action === 'deny')
    return {
      ...{ action, rationale, peerToPeerOffered },
      criterionReliedOn: input.criterionReliedOn,
      memberReason: input.memberReason,
    }
  if (action === 'pend')
    return { action, rationale, peerToPeerOffered, informationNeeded: input.informationNeeded }
  return { action, rationale, peerToPeerOffered }
}
