import type { DecisionInput } from '../../src/api/schemas/case.ts'
import { decisionAction } from '../../src/api/schemas/case.ts'
import { criteriaSetId } from '../../src/api/schemas/policy.ts'

const MAX_ITEMS = 50
type FieldErrors = Record<string, string[]>

/**
 * Reads a decision body of any JSON shape without throwing; wrong types are field
 * errors (400). Whether the answers are enough is the shared rule's job
 * (`src/domain/decision-rules.ts`), so a missing answer is left undefined here.
 */
export function parseDecision(
  body: unknown,
): { ok: true; value: DecisionInput } | { ok: false; errors: FieldErrors } {
  const obj = record(body)
  const errors: FieldErrors = {}
  const text = (name: string, label: string): string | undefined => {
    const v = obj[name]
    if (v === undefined || v === null) return undefined
    // The 4,000-character limit is the shared rule's (src/domain/decision-rules.ts).
    if (typeof v !== 'string') errors[name] = [`${label} must be text`]
    else return v.trim()
  }
  const action = decisionAction.safeParse(obj.action)
  if (!action.success) errors.action = ['Choose approve, deny or pend']
  const peer = obj.peerToPeerOffered
  if (peer !== undefined && peer !== null && typeof peer !== 'boolean')
    errors.peerToPeerOffered = [
      'Say whether a peer-to-peer conversation was offered: true or false',
    ]
  const value: DecisionInput = {
    action: action.success ? action.data : 'approve',
    rationale: text('rationale', 'Rationale') ?? '',
    criterion: criterion(obj.criterion, errors),
    writtenBasis: text('writtenBasis', 'Basis for the denial'),
    memberReason: text('memberReason', 'Reason specific to the member'),
    informationNeeded: items(obj.informationNeeded, errors),
    peerToPeerOffered: typeof peer === 'boolean' ? peer : undefined,
    takeOverReason: text('takeOverReason', 'Reason for taking over the case'),
  }
  if (Object.keys(errors).length) return { ok: false, errors }
  return { ok: true, value }
}

function record(v: unknown): Record<string, unknown> {
  return (typeof v === 'object' && v !== null && !Array.isArray(v) ? v : {}) as Record<
    string,
    unknown
  >
}

function criterion(v: unknown, errors: FieldErrors): DecisionInput['criterion'] {
  if (v === undefined || v === null) return undefined
  const o = record(v)
  const set = criteriaSetId.safeParse(o.criteriaSetId)
  if (typeof o.policyId === 'string' && set.success && typeof o.rowId === 'string')
    return { policyId: o.policyId, criteriaSetId: set.data, rowId: o.rowId }
  errors.criterion = ['Name the criterion as { policyId, criteriaSetId, rowId }']
}

function items(v: unknown, errors: FieldErrors): string[] | undefined {
  if (v === undefined || v === null) return undefined
  const ok = Array.isArray(v) && v.length <= MAX_ITEMS && v.every((i) => typeof i === 'string')
  if (ok) return (v as string[]).map((i) => i.trim())
  errors.informationNeeded = ['Information needed must be a list of up to 50 items']
}
