import type { StoredCase } from '../../api/schemas/case.ts'
import { DueTime } from '../../components/due-time.tsx'
import { pendCannotChangeOutcome } from '../../domain/decision-criteria.ts'

/**
 * What a decider must know before pending: whether any documentation could change the
 * outcome, and, for Washington requests (RCW 48.43.830), by when information must be asked
 * for. A later pend is allowed; the service marks it late.
 */
export function PendGuidance({ value: c }: { value: StoredCase }) {
  const ask = c.turnaround.askForInformationBy
  return (
    <>
      {pendCannotChangeOutcome(c.determination) && (
        <div className="notice notice--warning" id="pend-warning">
          <p>
            <strong>No documentation can change this outcome.</strong> The criteria applied (
            {c.determination.criteriaSet?.heading}) are a blanket statement with nothing a member
            could meet: pending only delays the member&apos;s answer. The turnaround clock keeps
            running while the case is pended.
          </p>
        </div>
      )}
      {ask && (
        <p className="pend-clock">
          <strong>Ask for information by: </strong>
          <DueTime
            dueAt={ask.dueAt}
            timeZone={c.turnaround.timeZone}
            status={c.status}
            clock="ask-for-information"
          />{' '}
          <span className="hint">
            {ask.limit}. Source: {ask.source}. A later pend is recorded as late.
          </span>
        </p>
      )}
    </>
  )
}
