import type {
  Actor,
  CaseStatus,
  DecisionAction,
  DecisionInput,
  Determination,
} from '../api/schemas/case.ts'
import type { Role } from '../api/schemas/user.ts'
import { hasFinalDecision } from './case-status.ts'
import { resolveCriterion } from './decision-criteria.ts'
import { MAX_TEXT_LENGTH, textLength } from './case-rules.ts'
import { hasVisibleText } from './visible-text.ts'

/**
 * The Decision rules (docs/product-rules.md), written once: the decision panel runs them before
 * it sends, the mock service runs them on POST /cases/{id}/decision, and an appeal
 * decision can run them too. Each message has one wording, whichever side finds it.
 */
export type DecisionField =
  | 'action'
  | 'criterion'
  | 'writtenBasis'
  | 'memberReason'
  | 'peerToPeerOffered'
  | 'informationNeeded'
  | 'rationale'
  | 'takeOverReason'

export type DecisionRefusal = {
  status: 400 | 403 | 409 | 422
  detail: string
  errors?: Partial<Record<DecisionField, string[]>>
}

export type DecisionContext = {
  status: CaseStatus
  determination: Determination
  /** The medical director whose queue holds the case. */
  assignedTo: Actor | null
  decider: { id: string; role: Role }
}

export const decisionMessages = {
  final: 'This case has a final decision and is read-only.',
  withdrawn:
    'The requesting provider withdrew this item before a decision: the case is closed and read-only.',
  onlyDirector: 'Only a medical director may deny or pend a case.',
  reviewerApprove: 'A utilization reviewer may approve only a case whose criteria are met.',
  missing: 'The decision is missing required answers.',
  tooLong: 'Some answers of the decision are longer than 4,000 characters.',
  missingAndTooLong:
    'The decision is missing required answers, and some are longer than 4,000 characters.',
  wrongCriterion:
    'The criterion must come from the criteria set this case’s determination applied.',
  action: 'Choose a decision',
  rationale: 'Enter the rationale',
  criterion: 'Choose the criterion relied on',
  criterionOtherSet:
    'Choose a criterion from the criteria set this case’s determination applied; a criterion from another set or policy cannot be relied on',
  criterionNoneOnFile: 'No criteria are on file for this case: write the basis instead',
  writtenBasis: 'Enter the basis for the denial',
  memberReason: 'Enter the reason specific to the member',
  peerToPeerOffered: 'Say whether a peer-to-peer conversation was offered',
  informationNeeded: 'List the information needed',
  takeOverReason: 'Enter why you are taking over this case',
} as const

/** The rule for deciding another director's case, in words the 403 and the screen share. */
export function assignedElsewhere(assignee: Actor): string {
  return `This case is assigned to ${assignee.name}. The assigned medical director decides it; another medical director may decide it only by taking it over with a reason, which goes to the audit trail.`
}

/**
 * The first decision is final (src/domain/case-status.ts): approved or denied, and every
 * status an appeal brings after a denial. No first decision is made on such a case.
 */
export function isFinal(status: CaseStatus): boolean {
  return hasFinalDecision(status)
}

/** Which decisions a role may make on a case; the service refuses the rest (403/409). */
export function allowedActions(
  role: Role,
  status: CaseStatus,
  outcome: Determination['outcome'],
): DecisionAction[] {
  if (isFinal(status)) return []
  if (role === 'medical-director') return ['deny', 'approve', 'pend']
  // A reviewer never denies or pends; they may approve what the criteria met.
  return outcome === 'criteria-met' ? ['approve'] : []
}

/** True when the decider must give a reason to take the case over from its assignee. */
export function needsTakeOver(ctx: Pick<DecisionContext, 'assignedTo' | 'decider'>): boolean {
  return (
    ctx.decider.role === 'medical-director' &&
    ctx.assignedTo !== null &&
    ctx.assignedTo.id !== ctx.decider.id
  )
}

/** Field errors of the answers a decision needs (400), before any check of what they name. */
function missingAnswers(input: DecisionInput, d: Determination, takeOver: boolean) {
  const m = decisionMessages
  const errors: Partial<Record<DecisionField, string[]>> = {}
  if (takeOver && !hasVisibleText(input.takeOverReason)) errors.takeOverReason = [m.takeOverReason]
  if (input.action === 'deny') {
    if (d.criteriaSet && !input.criterion) errors.criterion = [m.criterion]
    if (!d.criteriaSet && !input.criterion && !hasVisibleText(input.writtenBasis))
      errors.writtenBasis = [m.writtenBasis]
    if (!hasVisibleText(input.memberReason)) errors.memberReason = [m.memberReason]
    if (typeof input.peerToPeerOffered !== 'boolean')
      errors.peerToPeerOffered = [m.peerToPeerOffered]
  }
  if (input.action === 'pend' && !(input.informationNeeded ?? []).some(hasVisibleText))
    errors.informationNeeded = [m.informationNeeded]
  if (!hasVisibleText(input.rationale)) errors.rationale = [m.rationale]
  for (const [field, label] of textLimits) {
    const value = input[field]
    const values = Array.isArray(value) ? value : [value ?? '']
    if (!errors[field] && values.some((v) => textLength(v) > MAX_TEXT_LENGTH))
      errors[field] = [`${label} ${TOO_LONG}`]
  }
  return errors
}

const TOO_LONG = 'must be 4,000 characters or fewer'

/** The 400's detail says what its field errors are: answers missing, too long, or both. */
function answersDetail(errors: Partial<Record<DecisionField, string[]>>): string {
  // A field named here always has its messages: no entry is undefined.
  const all = (Object.values(errors) as string[][]).flat()
  const long = all.filter((e) => e.endsWith(TOO_LONG)).length
  if (long === 0) return decisionMessages.missing
  return long === all.length ? decisionMessages.tooLong : decisionMessages.missingAndTooLong
}

/** Counted as the case rules count: code points, so an emoji is one character on both sides. */
const textLimits = [
  ['rationale', 'Rationale'],
  ['writtenBasis', 'Basis for the denial'],
  ['memberReason', 'Reason specific to the member'],
  ['informationNeeded', 'Each item of information needed'],
  ['takeOverReason', 'Reason for taking over the case'],
] as const satisfies readonly (readonly [keyof DecisionInput & DecisionField, string])[]

/**
 * Whether this decision may be recorded, in the order a decider wants to hear it: a
 * final case cannot change (409); the role and the assignee rule (403); the answers a
 * decision needs (400); a criterion the case's determination did not apply (422).
 * Null means the decision may be recorded.
 */
export function checkDecision(input: DecisionInput, ctx: DecisionContext): DecisionRefusal | null {
  const m = decisionMessages
  const d = ctx.determination
  if (ctx.status === 'withdrawn') return { status: 409, detail: m.withdrawn }
  if (isFinal(ctx.status)) return { status: 409, detail: m.final }
  if (!allowedActions(ctx.decider.role, ctx.status, d.outcome).includes(input.action))
    return {
      status: 403,
      detail: input.action === 'approve' ? m.reviewerApprove : m.onlyDirector,
    }
  const takeOver = needsTakeOver(ctx)
  const errors = missingAnswers(input, d, takeOver)
  if (errors.takeOverReason && ctx.assignedTo)
    return { status: 403, detail: assignedElsewhere(ctx.assignedTo), errors }
  if (Object.keys(errors).length) return { status: 400, detail: answersDetail(errors), errors }
  if (input.action === 'deny' && input.criterion) {
    if (!d.criteriaSet)
      return {
        status: 422,
        detail: m.wrongCriterion,
        errors: { criterion: [m.criterionNoneOnFile] },
      }
    if (!resolveCriterion(d, input.criterion))
      return { status: 422, detail: m.wrongCriterion, errors: { criterion: [m.criterionOtherSet] } }
  }
  return null
}

export const actionLabels: Record<DecisionAction, string> = {
  deny: 'Deny',
  approve: 'Approve',
  pend: 'Pend for information',
}
