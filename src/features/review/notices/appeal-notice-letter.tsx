import { lineOfBusinessLabels } from '../../../api/labels.ts'
import type { Appeal, AppealDecision, StoredCase } from '../../../api/schemas/case.ts'
import { maskMemberId } from '../../../domain/member-id.ts'
import { formatInZone } from '../../../domain/time-zone.ts'
import { deciderLine } from '../decider.ts'
import { CriterionWords, Row } from '../decision-words.tsx'
import { appealNoticeFor } from './appeal-notice-rights.ts'
import type { Audience } from './notice-letter.tsx'
import { peerToPeerSource, specificReasonSource } from './notice-rights.ts'
import { RightsList, Source } from './notice-rights-list.tsx'
import { NOT_HELD } from './notice-template.ts'

const At = ({ at, zone }: { at: string; zone: string }) => (
  <time dateTime={at}>{formatInZone(new Date(at), zone)}</time>
)

/**
 * The notice of an appeal decision, written from the appeal's decision record like the
 * first notice: the facts, the reason and criterion of an upheld denial, who decided (a
 * physician other than the one who denied), then what follows for the case's line of
 * business and outcome, each with its rule. The notices issue when the decision is recorded.
 */
export function AppealNoticeLetter({
  value: c,
  appeal,
  decision: d,
  audience,
  serviceDescription,
}: {
  value: StoredCase
  appeal: Appeal
  decision: AppealDecision
  audience: Audience
  serviceDescription: string
}) {
  const zone = appeal.clock.timeZone
  const notice = appealNoticeFor(c.input, d.action)
  const upheld = d.action === 'uphold'
  const showRationale = !upheld || notice.id !== 'medicare-advantage'
  return (
    <article className="notice-letter" aria-labelledby="page-heading">
      <dl className="summary-list">
        <Row term="Case reference">{c.reference}</Row>
        <Row term="Date of this notice">
          <At at={d.decidedAt} zone={zone} />
        </Row>
        <Row term="To">
          <span className="not-held">
            {audience === 'member' ? (
              <>
                {NOT_HELD.memberName}
                <br />
                {NOT_HELD.memberAddress}
              </>
            ) : (
              <>
                {NOT_HELD.providerName}
                {c.input.requestingProviderNpi ? ` NPI ${c.input.requestingProviderNpi}.` : ''}
              </>
            )}
          </span>
        </Row>
        <Row term="Member ID">{maskMemberId(c.input.memberId)}</Row>
        <Row term="Plan type">{notice.appliesTo}</Row>
        <Row term="Line of business">{lineOfBusinessLabels[c.input.lineOfBusiness]}</Row>
        <Row term="Service">
          {c.input.serviceCode}: {serviceDescription}
        </Row>
        <Row term="Appeal received">
          <At at={appeal.receivedAt} zone={zone} />
        </Row>
        <Row term="Appeal decision">
          {upheld ? 'Denial upheld' : 'Approved on appeal'} on <At at={d.decidedAt} zone={zone} />
        </Row>
        {d.forwardedToIndependentReviewAt && (
          <Row term="Forwarded to independent review">
            <At at={d.forwardedToIndependentReviewAt} zone={zone} />
          </Row>
        )}
      </dl>

      {upheld ? (
        <>
          <h2>Why we kept the denial</h2>
          <p dir="auto" className="notice-letter__reason">
            {d.memberReason}
          </p>
          <ul className="notice-letter__sources">
            <Source source={specificReasonSource} />
          </ul>
          <h2>The criterion we relied on</h2>
          {d.criterion ? (
            <CriterionWords criterion={d.criterion} />
          ) : (
            <p dir="auto">
              No criteria are on file for this service. The basis for the decision: {d.writtenBasis}
            </p>
          )}
        </>
      ) : (
        <h2>We approve the service on appeal</h2>
      )}

      <h2>Who decided</h2>
      <p>{deciderLine(d.decidedBy)}: a physician other than the one who made the first decision.</p>
      {showRationale && (
        <>
          <h3>{upheld ? 'The physician’s clinical rationale' : 'Why we changed our decision'}</h3>
          <p dir="auto">{d.rationale}</p>
        </>
      )}

      {audience === 'provider' && upheld && (
        <>
          <h2>Peer-to-peer conversation</h2>
          <p>
            {d.peerToPeerOffered
              ? 'The deciding physician offers a peer-to-peer conversation about this decision. To take it up, call and quote the case reference.'
              : 'A peer-to-peer conversation was not offered for this decision.'}
          </p>
          {d.peerToPeerOffered && <p className="not-held">{NOT_HELD.umLine}</p>}
          <ul className="notice-letter__sources">
            <Source source={peerToPeerSource} />
          </ul>
        </>
      )}

      <h2>{audience === 'member' ? 'What happens next' : 'What happens next for the member'}</h2>
      <p>
        For {notice.appliesTo}. Each statement names the rule it comes from; a rule not confirmed
        against its text says so.
      </p>
      <RightsList sections={notice.sections} />
    </article>
  )
}
