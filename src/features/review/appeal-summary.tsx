import { Link } from 'react-router'
import { roleLabels, urgencyLabels } from '../../api/labels.ts'
import type { Appeal, CaseStatus } from '../../api/schemas/case.ts'
import { DueTime } from '../../components/due-time.tsx'
import { formatInZone } from '../../domain/time-zone.ts'
import { appealChannelLabels, requesterLabels } from './appeal-labels.ts'
import { DecisionWords, Row } from './decision-words.tsx'

const At = ({ at, zone }: { at: string; zone: string }) => (
  <time dateTime={at}>{formatInZone(new Date(at), zone)}</time>
)

/**
 * The appeal as recorded, and its decision once made: shared by the case page and the
 * printable summary. `live` shows the clock's time left (not on paper).
 */
export function AppealSummary({
  caseId,
  status,
  appeal,
  live,
}: {
  caseId: string
  /** The case's status: whether the appeal's clock still runs. */
  status: CaseStatus
  appeal: Appeal
  live: boolean
}) {
  const { clock, decision } = appeal
  const zone = clock.timeZone
  // The appeal's words read as a decision's: the same record rows, nothing a pend has.
  const upheldWords = decision && {
    ...decision,
    action: decision.action === 'uphold' ? ('deny' as const) : ('approve' as const),
    informationNeeded: [],
    takeOverReason: null,
    noticesIssuedAt: null,
    onTime: null,
    pendLate: null,
  }
  return (
    <>
      <dl className="summary-list">
        <Row term="Asked by">{requesterLabels[appeal.requestedBy]}</Row>
        <Row term="Received">
          <At at={appeal.receivedAt} zone={zone} />
        </Row>
        <Row term="Urgency">{urgencyLabels[appeal.urgency]}</Row>
        <Row term="Channel">{appealChannelLabels[appeal.channel]}</Row>
        <Row term="Reason given">
          <span dir="auto">{appeal.reasonGiven}</span>
        </Row>
        {appeal.late && (
          <Row term="Good cause (asked after the time limit)">
            <span dir="auto">{appeal.goodCauseNote}</span>
          </Row>
        )}
        <Row term="Appeal due">
          {clock.dueAt === null ? (
            <>No due time is set: the rule is not confirmed.</>
          ) : live ? (
            <DueTime dueAt={clock.dueAt} timeZone={zone} status={status} clock="appeal" />
          ) : (
            <At at={clock.dueAt} zone={zone} />
          )}
          <span className="hint">
            {clock.rule.label}: {clock.rule.text} ({clock.rule.source})
            {clock.rule.confirmed ? '' : `. ${clock.rule.note ?? ''}`}
          </span>
        </Row>
        <Row term="Time limit to ask">
          {clock.filingLimit.text} ({clock.filingLimit.source})
          {!clock.filingLimit.confirmed && <span className="hint">{clock.filingLimit.note}</span>}
        </Row>
        <Row term="Denied by">{appeal.deniedBy.name}</Row>
        <Row term="Assigned to">
          {appeal.assignedTo.name}, {roleLabels[appeal.assignedTo.role]}
        </Row>
      </dl>
      {decision && upheldWords && (
        <>
          <h3>
            {decision.action === 'approve' ? 'Approved on appeal' : 'Denial upheld on appeal'}
          </h3>
          <dl className="summary-list">
            <Row term="Decided by">
              {decision.decidedBy.name}, {roleLabels[decision.decidedBy.role]}
              {decision.decidedBy.specialty ? ` (${decision.decidedBy.specialty})` : ''}
            </Row>
            <Row term="Decided">
              <At at={decision.decidedAt} zone={zone} />
            </Row>
            <DecisionWords decision={upheldWords} />
            {decision.forwardedToIndependentReviewAt && (
              <Row term="Forwarded to independent review">
                <At at={decision.forwardedToIndependentReviewAt} zone={zone} />
                <span className="hint">
                  The case file went to the independent review entity contracted by CMS (42 CFR
                  422.590(a)(2)).
                </span>
              </Row>
            )}
            <Row term="Appeal notices">
              Issued with the decision, <At at={decision.decidedAt} zone={zone} />, to the member
              and the requesting provider.
              <span className="no-print button-row">
                <Link to={`/cases/${encodeURIComponent(caseId)}/notices/appeal/member`}>
                  Member appeal notice
                </Link>
                <Link to={`/cases/${encodeURIComponent(caseId)}/notices/appeal/provider`}>
                  Provider appeal notice
                </Link>
              </span>
            </Row>
          </dl>
        </>
      )}
    </>
  )
}
