import type { Decision, StoredCase } from '../../src/api/schemas/case.ts'
import { PLAN_TIME_ZONE, zonedDate } from '../../src/domain/time-zone.ts'

/** The first final decision on a case (approve or deny); a pend before it does not count. */
export function initialDecision(c: StoredCase): Decision | undefined {
  return c.decisions.find((d) => d.action === 'approve' || d.action === 'deny')
}

/** The plan-time calendar year of an instant, e.g. 2026. */
export function planYear(instant: string): number {
  return Number(zonedDate(new Date(instant), PLAN_TIME_ZONE).slice(0, 4))
}

/** Decided by the turnaround clock's due time (the clock stops at the decision and its notice). */
export function decidedOnTime(c: StoredCase, d: Decision): boolean {
  return d.decidedAt <= c.turnaround.dueAt
}
