import { useQuery } from '@tanstack/react-query'
import {
  lineOfBusinessLabels,
  outcomeLabels,
  planLabels,
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
import { yearsBetween } from '../../../domain/plain-date.ts'
import { PLAN_TIME_ZONE, zonedDate } from '../../../domain/time-zone.ts'
import { EarlierCases } from './earlier-cases.tsx'
import { caseDue, type LoadedCase } from './loaded-case.ts'
import './case-summary.css'

/**
 * The physician's facts at the top of the case page, in the order they are asked for:
 * which case, who the member is, what is asked for and why, how urgent, who sent it, why
 * it is here, and what this member asked for before. Descriptions come from the service;
 * a code it does not know says so, never a guessed description.
 */
export function CaseSummary({ data }: { data: LoadedCase }) {
  const { input, turnaround } = data
  const today = zonedDate(useNow(), PLAN_TIME_ZONE)
  const age = yearsBetween(input.dateOfBirth, today)
  return (
    <section aria-labelledby="case-summary-heading" className="panel case-summary">
      <h2 id="case-summary-heading">
        Case <span className="case-summary__reference">{data.reference}</span>
      </h2>
      <dl className="facts case-summary__facts">
        <dt>Member</dt>
        <dd>Age {age}</dd>
        <dt>Coverage</dt>
        <dd>
          {lineOfBusinessLabels[input.lineOfBusiness]}, {planLabels[input.plan]}
        </dd>
        <dt>Service</dt>
        <dd>
          <ServiceLine code={input.serviceCode} />
        </dd>
        <dt>Diagnoses</dt>
        <dd>
          <DiagnosisLines codes={input.diagnosisCodes} dateOfService={input.dateOfService} />
        </dd>
        <dt>Requesting provider</dt>
        <dd>{input.requestingProviderNpi ? `NPI ${input.requestingProviderNpi}` : 'Not given'}</dd>
        <dt>Urgency and due</dt>
        <dd>
          {urgencyLabels[input.urgency]}, due{' '}
          <DueTime dueAt={turnaround.dueAt} timeZone={turnaround.timeZone} status={data.status} />
          {runningClock(data.status) === 'appeal' && (
            <>
              <br />
              <CaseDue c={caseDue(data)} timeZone={turnaround.timeZone} />
            </>
          )}
        </dd>
        <dt>Entered by</dt>
        <dd>{data.createdBy.name}</dd>
        <dt>Why it is here</dt>
        <dd>
          <WhyHere data={data} />
        </dd>
      </dl>
      <EarlierCases caseId={data.id} />
    </section>
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
