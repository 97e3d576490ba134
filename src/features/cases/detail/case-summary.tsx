import { useQuery } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import {
  groupFundingLabels,
  lineOfBusinessLabels,
  outcomeLabels,
  planLabels,
  requestChannelLabels,
  urgencyLabels,
} from '../../../api/labels.ts'
import { codeCheckQueries, codeCheckWords } from '../../../api/queries/code-checks.ts'
import { codeQueries } from '../../../api/queries/policies.ts'
import { sessionQueries } from '../../../api/session.ts'
import { CaseDue } from '../../../components/case-due.tsx'
import { DueTime } from '../../../components/due-time.tsx'
import { useNow } from '../../../components/use-now.ts'
import {
  isClosed,
  runningClock,
  waitingOn,
  type ClosedStatus,
} from '../../../domain/case-status.ts'
import { maskMemberId } from '../../../domain/member-id.ts'
import { formatPlainDate, yearsBetween } from '../../../domain/plain-date.ts'
import { formatInZone, PLAN_TIME_ZONE, zonedDate } from '../../../domain/time-zone.ts'
import { EarlierCases } from './earlier-cases.tsx'
import { caseDue, type LoadedCase } from './loaded-case.ts'
import './case-summary.css'

/**
 * Every fact of the request, once, in the order a physician asks for them: who the
 * member is, what is asked for and why, how urgent and by when, who sent it and how,
 * why it is here, and what this member asked for before. (It replaced a summary and a
 * "Case details" list that said the same things twice.) The member id is masked: a
 * reviewer needs to tell cases apart, no more. Descriptions come from the service; a
 * code it does not know says so, never a guessed description.
 */
export function CaseSummary({ data }: { data: LoadedCase }) {
  const { input, turnaround } = data
  const zone = turnaround.timeZone
  const today = zonedDate(useNow(), PLAN_TIME_ZONE)
  const age = yearsBetween(input.dateOfBirth, today)
  return (
    <section aria-labelledby="case-summary-heading" className="panel case-summary">
      <h2 id="case-summary-heading">Case details</h2>
      {/* Each term and its value in a group of their own, so the facts can sit in columns. */}
      <dl className="case-facts">
        <Fact term="Member">Age {age}</Fact>
        <Fact term="Member ID">{maskMemberId(input.memberId)}</Fact>
        <Fact term="Coverage">
          {lineOfBusinessLabels[input.lineOfBusiness]}
          {input.groupFunding ? `, ${groupFundingLabels[input.groupFunding]}` : ''},{' '}
          {planLabels[input.plan]}
        </Fact>
        <Fact term="Service" wide>
          <ServiceLine code={input.serviceCode} />
        </Fact>
        <Fact term="Diagnoses" wide>
          <DiagnosisLines codes={input.diagnosisCodes} dateOfService={input.dateOfService} />
        </Fact>
        <Fact term="Date of service">
          <time dateTime={input.dateOfService}>{formatPlainDate(input.dateOfService)}</time>
        </Fact>
        <Fact term="Urgency">{urgencyLabels[input.urgency]}</Fact>
        <Fact term="Due">
          {/* Once decided, the clock has stopped: "overdue" would only alarm. */}
          <DueTime dueAt={turnaround.dueAt} timeZone={zone} status={data.status} />
          {runningClock(data.status) === 'appeal' && (
            <>
              <br />
              <CaseDue c={caseDue(data)} timeZone={zone} />
            </>
          )}
          <RuleNote>
            {turnaround.rule.label}: {turnaround.rule.limit} ({turnaround.rule.source})
          </RuleNote>
        </Fact>
        {turnaround.askForInformationBy && (
          <Fact term="Ask for information by">
            <DueTime
              dueAt={turnaround.askForInformationBy.dueAt}
              timeZone={zone}
              status={data.status}
              clock="ask-for-information"
            />
            <RuleNote>
              {turnaround.askForInformationBy.limit} ({turnaround.askForInformationBy.source})
            </RuleNote>
          </Fact>
        )}
        <Fact term="Request received">
          <time dateTime={input.requestReceivedAt}>
            {formatInZone(new Date(input.requestReceivedAt), zone)}
          </time>
          <span className="hint">{requestChannelLabels[input.requestChannel]}</span>
          {input.backdateReason && (
            <span className="hint">
              Reason for late entry: <span dir="auto">{input.backdateReason}</span>
            </span>
          )}
        </Fact>
        <Fact term="Requesting provider">
          {input.requestingProviderNpi ? `NPI ${input.requestingProviderNpi}` : 'Not given'}
        </Fact>
        <Fact term="Entered by">
          <span>{data.createdBy.name}</span>,{' '}
          <time dateTime={data.createdAt}>{formatInZone(new Date(data.createdAt), zone)}</time>
        </Fact>
        <Fact term="Why it is here" wide>
          <WhyHere data={data} />
        </Fact>
        {input.clinicalNotes && (
          <Fact term="Clinical notes" wide>
            {/* dir="auto": notes in Arabic or Hebrew read right to left, whatever the page's direction. */}
            <p className="clinical-notes" dir="auto">
              {input.clinicalNotes}
            </p>
          </Fact>
        )}
        <Fact term="This member’s other cases" wide>
          <EarlierCases caseId={data.id} />
        </Fact>
      </dl>
    </section>
  )
}

/**
 * The rule behind a due time, a click away: its wording runs to six lines, and the date
 * it gives is what a decider reads first.
 */
function RuleNote({ children }: { children: ReactNode }) {
  return (
    <details className="case-facts__rule">
      <summary>The rule</summary>
      <span className="hint">{children}</span>
    </details>
  )
}

function Fact({
  term,
  wide = false,
  children,
}: {
  term: string
  wide?: boolean
  children: ReactNode
}) {
  return (
    <div className={wide ? 'case-facts__fact case-facts__fact--wide' : 'case-facts__fact'}>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  )
}

/** How the service stores an X12 1365 service type from a PAS request (service/fhir/bundle-items.ts). */
const X12_SERVICE_TYPE = /^X12-1365-(.+)$/

function ServiceLine({ code }: { code: string }) {
  const x12 = X12_SERVICE_TYPE.exec(code)?.[1]
  const lookup = useQuery({ ...codeQueries.search(code), enabled: !x12 })
  if (x12) return <>X12 service type {x12} (the request names no HCPCS or CPT code)</>
  const item = lookup.data?.items.find((i) => i.code === code)
  if (lookup.isPending) return <>{code}</>
  if (!item)
    return (
      <>
        {code} <span className="code-flag">not in this app&rsquo;s code list: check it</span>
      </>
    )
  // CPT descriptions are AMA-licensed: the service never sends one, and none is invented.
  return (
    <>
      {code}: {item.description ?? 'CPT code (description not shown)'}
    </>
  )
}

/** Each code as the code set in force on the date of service has it (service/code-sets/check.ts). */
function DiagnosisLines({ codes, dateOfService }: { codes: string[]; dateOfService: string }) {
  const check = useQuery(codeCheckQueries.check('ICD-10-CM', codes, dateOfService))
  // A PAS request may carry no diagnosis (the guide allows none): say so, not a blank.
  if (codes.length === 0) return <>None given in the request</>
  return (
    <ul className="plain-list">
      {codes.map((code, i) => {
        const item = check.data?.items[i]
        if (!check.data || !item) return <li key={code}>{code}</li>
        const { text, flag } = codeCheckWords(item, check.data)
        return (
          <li key={code}>
            {flag ? (
              <>
                {code}{' '}
                <span className="code-flag">
                  <span aria-hidden="true">⚠ </span>
                  {text.slice(text.indexOf(': ') + 2)}
                </span>
              </>
            ) : (
              text
            )}
          </li>
        )
      })}
    </ul>
  )
}

/** Why the case is here: what it waits for while open (src/domain/case-status.ts), or how it closed. */
function WhyHere({ data }: { data: LoadedCase }) {
  const me = useQuery({ ...sessionQueries.me(), enabled: false })
  const proposed = `the criteria service proposed “${outcomeLabels[data.determination.outcome]}”`
  if (isClosed(data.status)) return <>{closedWords[data.status]}</>
  if (waitingOn(data.status) === 'requesting-provider')
    return <>Pended for information: waiting for the requesting provider.</>
  if (data.status === 'appeal-in-review' && data.appeal) {
    const decider = data.appeal.assignedTo
    return decider.id === me.data?.id ? (
      <>Appeal in review: in your queue, for your decision.</>
    ) : (
      <>Appeal in review: waiting for {decider.name} to decide it.</>
    )
  }
  if (!data.assignedTo) return <>Waiting for a medical director: {proposed}.</>
  const mine = data.assignedTo.id === me.data?.id
  return (
    <>
      {mine ? 'In your queue' : `In the queue of ${data.assignedTo.name}`}: {proposed}, and only a
      medical director can decide it.
    </>
  )
}

/** A closed case waits for no one: it says how it was decided. */
const closedWords: Record<ClosedStatus, string> = {
  approved: 'Decided: approved.',
  denied: 'Decided: denied.',
  'approved-on-appeal': 'Decided on appeal: approved.',
  'denial-upheld': 'Decided on appeal: the denial is upheld.',
  'forwarded-to-independent-review':
    'Decided on appeal: the denial is upheld, and the case is forwarded to independent review.',
  withdrawn:
    'Withdrawn: the requesting provider cancelled this item in an update to the request, before any decision. Nothing was decided.',
}
