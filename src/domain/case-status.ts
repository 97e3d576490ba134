import type { CaseStatus } from '../api/schemas/case.ts'
import { caseStatusValues } from './case-values.ts'

/**
 * docs/product-rules.md, Case status: where a case stands, written once for the screen and
 * the service alike. Every place that says whether a case is open, which clock runs on
 * it, whether it is overdue or what it waits for asks here, so no two screens can
 * disagree about the same case.
 *
 * - A first decision is final once the case is approved or denied; an appeal then has
 *   its own life, and the case is closed again once the appeal is decided.
 * - Open: something waits on the plan. A case pending a medical director, pended for
 *   information (the turnaround clock keeps running) or with an appeal in review.
 * - Closed: nothing waits on the plan. No clock runs, so a closed case shows no time
 *   left, is never overdue and waits for no one.
 * - Withdrawn: the requesting provider cancelled the item (a PAS update) before any
 *   decision. Closed like a decided case: no first decision is made on it afterwards.
 */
const beforeFirstDecision: readonly CaseStatus[] = ['pending-md-review', 'pended-for-information']

/** The first decision is made (approve or deny): no second first decision. */
export function hasFinalDecision(status: CaseStatus): boolean {
  return !beforeFirstDecision.includes(status)
}

/** The statuses of a closed case. */
export type ClosedStatus = Exclude<
  CaseStatus,
  'pending-md-review' | 'pended-for-information' | 'appeal-in-review'
>

/** Closed by the first decision alone: approved or denied, with no appeal decided. */
export function closedByFirstDecision(status: CaseStatus): boolean {
  return status === 'approved' || status === 'denied'
}

/** Nothing is waiting on the plan: no clock runs. */
export function isClosed(status: CaseStatus): status is ClosedStatus {
  return hasFinalDecision(status) && status !== 'appeal-in-review'
}

/** Something is waiting on the plan: a first decision, or an appeal's. */
export function isOpen(status: CaseStatus): boolean {
  return !isClosed(status)
}

/**
 * A case's clocks: the first decision's turnaround; the time the plan has to ask for
 * information (Washington, RCW 48.43.830), which runs beside it; and an appeal's own.
 */
export type CaseClock = 'turnaround' | 'ask-for-information' | 'appeal'

/** The clock that runs now: the appeal's while it is in review, none once closed. */
export function runningClock(status: CaseStatus): CaseClock | null {
  if (isClosed(status)) return null
  return status === 'appeal-in-review' ? 'appeal' : 'turnaround'
}

/**
 * Whether `clock` counts down on a case in `status`. The turnaround and the appeal's run
 * while they are the running clock. Asking for information is timed only until it is
 * done (a pend) or overtaken (a decision): a case still pending its first review is the
 * only one where neither has happened.
 */
export function clockRuns(status: CaseStatus, clock: CaseClock): boolean {
  if (clock === 'ask-for-information') return status === 'pending-md-review'
  return runningClock(status) === clock
}

/** Why a clock shows no time left: what it timed was decided, information was asked, or the item was withdrawn. */
export type ClockStop = 'decided' | 'information-asked' | 'withdrawn'

export function clockStop(status: CaseStatus, clock: CaseClock): ClockStop | null {
  if (clockRuns(status, clock)) return null
  if (status === 'withdrawn') return 'withdrawn'
  return clock === 'ask-for-information' && !hasFinalDecision(status)
    ? 'information-asked'
    : 'decided'
}

/** A due time has passed. Only a running clock can be overdue: ask `clockOverdue` or `isOverdue`. */
const pastDue = (dueAt: string, now: Date) => Date.parse(dueAt) < now.getTime()

/** Overdue on one clock: it runs on the case, and its due time has passed. */
export function clockOverdue(status: CaseStatus, clock: CaseClock, dueAt: string, now: Date) {
  return clockRuns(status, clock) && pastDue(dueAt, now)
}

/** What the overdue rule reads of a case: a worklist summary and a stored case both have it. */
export type CaseDue = {
  status: CaseStatus
  /** The turnaround clock's due time. */
  dueAt: string
  /** The appeal's due time, when an appeal is in review (null: its rule sets none). */
  appealDueAt?: string | null
}

/** The due time of the clock that runs now; null when the case is closed or the appeal has none. */
export function runningDueAt(c: CaseDue): string | null {
  const clock = runningClock(c.status)
  if (clock === 'appeal') return c.appealDueAt ?? null
  return clock === 'turnaround' ? c.dueAt : null
}

/** Overdue: open, and the due time of its running clock has passed. */
export function isOverdue(c: CaseDue, now: Date): boolean {
  const due = runningDueAt(c)
  return due !== null && pastDue(due, now)
}

/** Who an open case waits for; a closed case waits for no one. */
export type WaitingOn = 'medical-director' | 'requesting-provider'

export function waitingOn(status: CaseStatus): WaitingOn | null {
  if (isClosed(status)) return null
  return status === 'pended-for-information' ? 'requesting-provider' : 'medical-director'
}

/**
 * The statuses that wait for a medical director, a first decision or an appeal's: what a
 * director's queue holds. (Pended for information waits for the provider.)
 */
export const directorQueueStatuses: readonly CaseStatus[] = caseStatusValues.filter(
  (s) => waitingOn(s) === 'medical-director',
)

/** The statuses of an open case: everyone's open work. */
export const openStatuses: readonly CaseStatus[] = caseStatusValues.filter(isOpen)
