import type { Appeal, AppealDecision, StoredCase } from '../../../api/schemas/case.ts'
import { deciderLine } from '../decider.ts'
import { Row } from '../decision-words.tsx'
import { appealNoticeFor } from './appeal-notice-rights.ts'
import { RightsList } from './notice-rights-list.tsx'
import { At, DenialReason, NoticeFacts, PeerToPeerSection, type Audience } from './notice-parts.tsx'

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
      <NoticeFacts
        value={c}
        audience={audience}
        issuedAt={d.decidedAt}
        zone={zone}
        appliesTo={notice.appliesTo}
        serviceDescription={serviceDescription}
      >
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
      </NoticeFacts>

      {upheld ? (
        <DenialReason
          heading="Why we kept the denial"
          decision={d}
          sources={notice.reasonSources}
        />
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

      {audience === 'provider' && upheld && <PeerToPeerSection offered={d.peerToPeerOffered} />}

      <h2>{audience === 'member' ? 'What happens next' : 'What happens next for the member'}</h2>
      <p>For {notice.appliesTo}. Each statement names the rule it comes from.</p>
      <RightsList sections={notice.sections} />
    </article>
  )
}
