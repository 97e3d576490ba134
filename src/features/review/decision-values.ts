import type { DecisionAction, DecisionInput } from '../../api/schemas/case.ts'
import { MAX_TEXT_LENGTH, textLength } from '../../domain/case-rules.ts'

/** The decision form as typed; kept by the panel so a conflict never loses it. */
export type DecisionValues = {
  action: DecisionAction | ''
  rationale: string
  criterionReliedOn: string
  memberReason: string
  informationNeeded: string
  peerToPeerOffered: boolean
}

export type DecisionField = Exclude<keyof DecisionValues, 'peerToPeerOffered'>
export type DecisionErrors = Partial<Record<DecisionField, string>>

export function emptyDecision(criterion: string): DecisionValues {
  return {
    action: '',
    rationale: '',
    criterionReliedOn: criterion,
    memberReason: '',
    informationNeeded: '',
    peerToPeerOffered: false,
  }
}

/** The same words the service asks for (it checks again); summary order is the form's order. */
export function validateDecision(v: DecisionValues): DecisionErrors {
  const errors: DecisionErrors = {}
  if (!v.action) errors.action = 'Choose a decision'
  if (v.action === 'deny' && !v.criterionReliedOn.trim())
    errors.criterionReliedOn = 'Enter the criterion relied on'
  if (v.action === 'deny' && !v.memberReason.trim())
    errors.memberReason = 'Enter the reason specific to the member'
  if (v.action === 'pend' && !v.informationNeeded.trim())
    errors.informationNeeded = 'Enter what information is needed'
  if (!v.rationale.trim()) errors.rationale = 'Enter the rationale in plain language'
  // The service's limit, counted as the case rules count: code points, not UTF-16 units.
  // Only the fields the chosen action sends are checked.
  for (const [field, label, actions] of textLimits)
    if (actions.includes(v.action) && !errors[field] && textLength(v[field]) > MAX_TEXT_LENGTH)
      errors[field] = `${label} must be 4,000 characters or fewer`
  return errors
}

const textLimits: [DecisionField, string, DecisionValues['action'][]][] = [
  ['criterionReliedOn', 'Criterion relied on', ['deny']],
  ['memberReason', 'Reason specific to the member', ['deny']],
  ['informationNeeded', 'Information needed', ['pend']],
  ['rationale', 'Rationale', ['deny', 'approve', 'pend']],
]

/** Sends only the fields that belong to the chosen action. */
export function toDecisionInput(v: DecisionValues & { action: DecisionAction }): DecisionInput {
  const base = {
    action: v.action,
    rationale: v.rationale.trim(),
    peerToPeerOffered: v.peerToPeerOffered,
  }
  if (v.action === 'deny')
    return {
      ...base,
      criterionReliedOn: v.criterionReliedOn.trim(),
      memberReason: v.memberReason.trim(),
    }
  if (v.action === 'pend') return { ...base, informationNeeded: v.informationNeeded.trim() }
  return base
}

const known: DecisionField[] = [
  'action',
  'criterionReliedOn',
  'memberReason',
  'informationNeeded',
  'rationale',
]

/** A 400's field errors onto the form's fields; anything else lands on the decision choice. */
export function errorsFromService(fieldErrors: Record<string, string[]>): DecisionErrors {
  const errors: DecisionErrors = {}
  for (const [name, messages] of Object.entries(fieldErrors)) {
    const field = known.find((k) => k === name) ?? 'action'
    errors[field] = errors[field] ?? messages[0] ?? 'Check this answer'
  }
  return errors
}

/** The id each error summary link focuses; the choice links to its first radio. */
export const fieldIds: Record<DecisionField, string> = {
  action: 'decision-action',
  criterionReliedOn: 'decision-criterion',
  memberReason: 'decision-member-reason',
  informationNeeded: 'decision-information-needed',
  rationale: 'decision-rationale',
}
