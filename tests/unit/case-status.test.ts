import { describe, expect, it } from 'vitest'
import type { CaseStatus } from '../../src/api/schemas/case.ts'
import {
  clockOverdue,
  clockRuns,
  clockStop,
  closedByFirstDecision,
  directorQueueStatuses,
  hasFinalDecision,
  isClosed,
  isOpen,
  isOverdue,
  openStatuses,
  runningClock,
  runningDueAt,
  waitingOn,
} from '../../src/domain/case-status.ts'
import { caseStatusValues } from '../../src/domain/case-values.ts'
import { allowedActions, checkDecision, isFinal } from '../../src/domain/decision-rules.ts'

const now = new Date('2026-11-27T18:00:00Z')
const past = '2026-11-15T07:59:59.000Z'
const future = '2026-12-05T07:59:59.000Z'
const closed: CaseStatus[] = [
  'approved',
  'denied',
  'approved-on-appeal',
  'denial-upheld',
  'forwarded-to-independent-review',
  'withdrawn',
]
const open: CaseStatus[] = ['pending-md-review', 'pended-for-information', 'appeal-in-review']

describe('where a case stands: one rule for open, closed, overdue and waiting', () => {
  it('every status is open or closed, never both', () => {
    expect([...open, ...closed].sort()).toEqual([...caseStatusValues].sort())
    for (const s of open) expect([isOpen(s), isClosed(s)]).toEqual([true, false])
    for (const s of closed) expect([isOpen(s), isClosed(s)]).toEqual([false, true])
  })

  it('a closed case runs no clock, is never overdue and waits for no one', () => {
    for (const status of closed) {
      expect(runningClock(status)).toBeNull()
      expect(clockRuns(status, 'turnaround')).toBe(false)
      expect(clockRuns(status, 'appeal')).toBe(false)
      expect(runningDueAt({ status, dueAt: past, appealDueAt: past })).toBeNull()
      expect(isOverdue({ status, dueAt: past, appealDueAt: past }, now)).toBe(false)
      expect(waitingOn(status)).toBeNull()
    }
  })

  it('an open case runs one clock: the appeal’s while it is in review, else the turnaround', () => {
    expect(runningClock('pending-md-review')).toBe('turnaround')
    // The turnaround clock keeps running while a case is pended.
    expect(runningClock('pended-for-information')).toBe('turnaround')
    expect(runningClock('appeal-in-review')).toBe('appeal')
    expect(clockRuns('appeal-in-review', 'turnaround')).toBe(false)
  })

  it('overdue: open and past the due time of the clock that runs', () => {
    expect(isOverdue({ status: 'pending-md-review', dueAt: past }, now)).toBe(true)
    expect(isOverdue({ status: 'pended-for-information', dueAt: past }, now)).toBe(true)
    expect(isOverdue({ status: 'pending-md-review', dueAt: future }, now)).toBe(false)
    // An appeal runs on its own clock: the first decision's past due time does not count.
    const appeal = { status: 'appeal-in-review', dueAt: past } as const
    expect(isOverdue({ ...appeal, appealDueAt: future }, now)).toBe(false)
    expect(isOverdue({ ...appeal, appealDueAt: past }, now)).toBe(true)
    // An appeal whose rule sets no confirmed due time is never overdue.
    expect(isOverdue({ ...appeal, appealDueAt: null }, now)).toBe(false)
    expect(runningDueAt({ ...appeal, appealDueAt: future })).toBe(future)
  })

  it('asking for information is timed only until a pend or a decision', () => {
    const ask = 'ask-for-information'
    expect(clockRuns('pending-md-review', ask)).toBe(true)
    expect(clockOverdue('pending-md-review', ask, past, now)).toBe(true)
    expect(clockOverdue('pending-md-review', ask, future, now)).toBe(false)
    // Pended: the information has been asked for, late or not; the turnaround still runs.
    expect(clockRuns('pended-for-information', ask)).toBe(false)
    expect(clockOverdue('pended-for-information', ask, past, now)).toBe(false)
    expect(clockStop('pended-for-information', ask)).toBe('information-asked')
    expect(clockOverdue('pended-for-information', 'turnaround', past, now)).toBe(true)
    for (const status of ['appeal-in-review', ...closed] as const)
      expect(clockOverdue(status, ask, past, now)).toBe(false)
  })

  it('a stopped clock says why: decided, information asked, or withdrawn', () => {
    expect(clockStop('pending-md-review', 'turnaround')).toBeNull()
    expect(clockStop('appeal-in-review', 'appeal')).toBeNull()
    expect(clockStop('appeal-in-review', 'turnaround')).toBe('decided')
    expect(clockStop('denied', 'ask-for-information')).toBe('decided')
    expect(clockStop('denial-upheld', 'appeal')).toBe('decided')
    // Nothing was decided on a withdrawn item.
    expect(clockStop('withdrawn', 'turnaround')).toBe('withdrawn')
    expect(clockOverdue('withdrawn', 'turnaround', past, now)).toBe(false)
  })

  it('what an open case waits for: the provider when pended, else a medical director', () => {
    expect(waitingOn('pended-for-information')).toBe('requesting-provider')
    expect(waitingOn('pending-md-review')).toBe('medical-director')
    expect(waitingOn('appeal-in-review')).toBe('medical-director')
    expect(directorQueueStatuses).toEqual(['pending-md-review', 'appeal-in-review'])
    expect(openStatuses).toEqual(open)
  })

  it('the first decision is final once made, through every status an appeal brings', () => {
    for (const s of ['pending-md-review', 'pended-for-information'] as const)
      expect([hasFinalDecision(s), isFinal(s)]).toEqual([false, false])
    for (const s of ['appeal-in-review', ...closed] as const)
      expect([hasFinalDecision(s), isFinal(s)]).toEqual([true, true])
  })

  it('no first decision is offered or accepted on a case an appeal has reached', () => {
    for (const status of ['appeal-in-review', 'denial-upheld', 'approved-on-appeal'] as const) {
      expect(allowedActions('medical-director', status, 'not-medically-necessary')).toEqual([])
      const refusal = checkDecision(
        { action: 'approve', rationale: 'Approved.' },
        {
          status,
          determination: { outcome: 'criteria-met' } as never,
          assignedTo: null,
          decider: { id: 'u-md-2', role: 'medical-director' },
        },
      )
      expect(refusal?.status).toBe(409)
    }
  })

  it('a withdrawn case is refused a decision, saying it was withdrawn, not decided', () => {
    expect(allowedActions('medical-director', 'withdrawn', 'not-medically-necessary')).toEqual([])
    const refusal = checkDecision(
      { action: 'approve', rationale: 'Approved.' },
      {
        status: 'withdrawn',
        determination: { outcome: 'criteria-met' } as never,
        assignedTo: null,
        decider: { id: 'u-md-2', role: 'medical-director' },
      },
    )
    expect(refusal).toEqual({
      status: 409,
      detail:
        'The requesting provider withdrew this item before a decision: the case is closed and read-only.',
    })
  })
})

describe('the edges of the status rules', () => {
  it('only an approval or a denial with no appeal is closed by the first decision', () => {
    expect(caseStatusValues.filter(closedByFirstDecision)).toEqual(['approved', 'denied'])
  })
  it('a clock counts down only while it is the running one', () => {
    expect(clockRuns('pending-md-review', 'turnaround')).toBe(true)
    expect(clockRuns('pending-md-review', 'appeal')).toBe(false)
    expect(clockRuns('appeal-in-review', 'appeal')).toBe(true)
    expect(clockRuns('approved', 'turnaround')).toBe(false)
  })
  it('a case due this very millisecond is not yet overdue', () => {
    const at = new Date('2026-11-27T18:00:00.000Z')
    const c = { status: 'pending-md-review' as const, dueAt: at.toISOString() }
    expect(isOverdue(c, at)).toBe(false)
    expect(isOverdue(c, new Date(at.getTime() + 1))).toBe(true)
  })
})
