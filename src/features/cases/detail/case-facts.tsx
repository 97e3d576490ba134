import {
  groupFundingLabels,
  lineOfBusinessLabels,
  planLabels,
  requestChannelLabels,
  urgencyLabels,
} from '../../../api/labels.ts'
import { DueTime } from '../../../components/due-time.tsx'
import { maskMemberId } from '../../../domain/member-id.ts'
import { formatPlainDate } from '../../../domain/plain-date.ts'
import { formatInZone } from '../../../domain/time-zone.ts'
import type { LoadedCase } from './loaded-case.ts'

const plainDate = formatPlainDate

/** What was entered, with the member id masked: a reviewer needs to tell cases apart, no more. */
export function CaseFacts({ data }: { data: LoadedCase }) {
  const { input, turnaround } = data
  const zone = turnaround.timeZone
  return (
    <section aria-labelledby="case-facts-heading" className="panel">
      <h2 id="case-facts-heading">Case details</h2>
      <dl className="facts">
        <dt>Due</dt>
        <dd>
          {/* Once decided, the clock has stopped: "overdue" would only alarm. */}
          <DueTime dueAt={turnaround.dueAt} timeZone={zone} status={data.status} />
          <span className="hint">
            {turnaround.rule.label}: {turnaround.rule.limit} ({turnaround.rule.source})
          </span>
        </dd>
        {turnaround.askForInformationBy && (
          <>
            <dt>Ask for information by</dt>
            <dd>
              <DueTime
                dueAt={turnaround.askForInformationBy.dueAt}
                timeZone={zone}
                status={data.status}
                clock="ask-for-information"
              />
              <span className="hint">
                {turnaround.askForInformationBy.limit} ({turnaround.askForInformationBy.source})
              </span>
            </dd>
          </>
        )}
        <dt>Member ID</dt>
        <dd>{maskMemberId(input.memberId)}</dd>
        <dt>Line of business</dt>
        <dd>
          {lineOfBusinessLabels[input.lineOfBusiness]}
          {input.groupFunding ? `, ${groupFundingLabels[input.groupFunding]}` : ''}
        </dd>
        <dt>Plan</dt>
        <dd>{planLabels[input.plan]}</dd>
        <dt>Service code</dt>
        <dd>{input.serviceCode}</dd>
        <dt>Diagnosis codes</dt>
        <dd>{input.diagnosisCodes.join(', ') || 'None given in the request'}</dd>
        <dt>Date of service</dt>
        <dd>
          <time dateTime={input.dateOfService}>{plainDate(input.dateOfService)}</time>
        </dd>
        <dt>Urgency</dt>
        <dd>{urgencyLabels[input.urgency]}</dd>
        <dt>Request received</dt>
        <dd>
          <time dateTime={input.requestReceivedAt}>
            {formatInZone(new Date(input.requestReceivedAt), zone)}
          </time>
          {input.backdateReason && (
            <span className="hint">
              Reason for late entry: <span dir="auto">{input.backdateReason}</span>
            </span>
          )}
        </dd>
        <dt>Request channel</dt>
        <dd>{requestChannelLabels[input.requestChannel]}</dd>
        <dt>Requesting provider NPI</dt>
        <dd>{input.requestingProviderNpi ?? 'Not given'}</dd>
        <dt>Entered by</dt>
        <dd>
          {data.createdBy.name},{' '}
          <time dateTime={data.createdAt}>{formatInZone(new Date(data.createdAt), zone)}</time>
        </dd>
      </dl>
      {input.clinicalNotes && (
        <>
          <h3>Clinical notes</h3>
          {/* dir="auto": notes in Arabic or Hebrew read right to left, whatever the page's direction. */}
          <p className="clinical-notes" dir="auto">
            {input.clinicalNotes}
          </p>
        </>
      )}
    </section>
  )
}
