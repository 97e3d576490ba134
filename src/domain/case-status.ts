import type { CaseStatus } from '../api/schemas/case.ts'

/**
 * Where a status stands, for the screen and the service alike. A first decision is
 * final once the case is approved or denied; an appeal then has its own life, and the
 * case is closed again once the appeal is decided.
 */
const beforeFirstDecision: readonly CaseStatus[] = ['pending-md-review', 'pended-for-information']

/** The first decision is made (approve or deny): no second first decision. */
export function hasFinalDecision(status: CaseStatus): boolean {
  return !beforeFirstDecision.includes(status)
}

/** Nothing is waiting on the plan: no clock runs. */
export function isClosed(status: CaseStatus): boolean {
  return hasFinalDecision(status) && status !== 'appeal-in-review'
}
