import type { CriterionRef, DecisionAction, DecisionInput } from '../../api/schemas/case.ts'
import {
  checkDecision,
  decisionMessages,
  type DecisionContext,
  type DecisionField,
  type DecisionRefusal,
} from '../../domain/decision-rules.ts'
import { hasVisibleText } from '../../domain/visible-text.ts'

/** The decision form as typed; kept by the panel so no error ever loses it. */
export type DecisionValues = {
  action: DecisionAction | ''
  /** The id of the chosen criterion row; '' when none is chosen. */
  criterionRowId: string
  writtenBasis: string
  memberReason: string
  /** Yes or no, with no default: the decider must answer. */
  peerToPeer: '' | 'yes' | 'no'
  /** One item per line. */
  informationNeeded: string
  rationale: string
  takeOverReason: string
}

export type DecisionErrors = Partial<Record<DecisionField, string>>

export function emptyDecision(criterionRowId = ''): DecisionValues {
  return {
    action: '',
    criterionRowId,
    writtenBasis: '',
    memberReason: '',
    peerToPeer: '',
    informationNeeded: '',
    rationale: '',
    takeOverReason: '',
  }
}

/** The listed items: one a line, blank and invisible lines dropped. */
export function neededItems(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(hasVisibleText)
}

/**
 * What the form sends: only the fields its action needs. `criterionBase` names the
 * criteria set the case's determination applied (null when no criteria are on file).
 */
export function toDecisionInput(
  v: DecisionValues,
  criterionBase: Omit<CriterionRef, 'rowId'> | null,
  takingOver: boolean,
): DecisionInput {
  const input: DecisionInput = { action: v.action || 'approve', rationale: v.rationale.trim() }
  if (takingOver) input.takeOverReason = v.takeOverReason.trim()
  if (v.action === 'deny') {
    if (criterionBase && v.criterionRowId)
      input.criterion = { ...criterionBase, rowId: v.criterionRowId }
    if (!criterionBase) input.writtenBasis = v.writtenBasis.trim()
    input.memberReason = v.memberReason.trim()
    if (v.peerToPeer) input.peerToPeerOffered = v.peerToPeer === 'yes'
  }
  if (v.action === 'pend') input.informationNeeded = neededItems(v.informationNeeded)
  return input
}

/** The first message of each field, as the form shows them; anything unknown lands on the choice. */
export function fieldMessages(errors: DecisionRefusal['errors'] | Record<string, string[]>) {
  const out: DecisionErrors = {}
  for (const [name, messages] of Object.entries(errors ?? {})) {
    const field = (name in fieldIds ? name : 'action') as DecisionField
    out[field] = out[field] ?? messages?.[0] ?? 'Check this answer'
  }
  return out
}

/** The id each error summary link focuses; a choice links to its first radio. */
export const fieldIds: Record<DecisionField, string> = {
  action: 'decision-action',
  takeOverReason: 'decision-take-over-reason',
  criterion: 'decision-criterion',
  writtenBasis: 'decision-written-basis',
  memberReason: 'decision-member-reason',
  peerToPeerOffered: 'decision-peer-to-peer',
  informationNeeded: 'decision-information-needed',
  rationale: 'decision-rationale',
}

/**
 * The shared decision rules, run on what was typed before anything is sent: the same
 * words the service would answer with. An unchosen decision is the form's own check.
 */
export function validateDecision(
  v: DecisionValues,
  ctx: DecisionContext,
  criterionBase: Omit<CriterionRef, 'rowId'> | null,
  takingOver: boolean,
): DecisionErrors {
  if (!v.action)
    return {
      action: decisionMessages.action,
      ...(hasVisibleText(v.rationale) ? {} : { rationale: decisionMessages.rationale }),
    }
  const refusal = checkDecision(toDecisionInput(v, criterionBase, takingOver), ctx)
  if (!refusal) return {}
  return refusal.errors ? fieldMessages(refusal.errors) : { action: refusal.detail }
}
