import { lineOfBusinessLabels } from '../../../api/labels.ts'
import type { Decision, StoredCase } from '../../../api/schemas/case.ts'
import { pendCannotChangeOutcome } from '../../../domain/decision-criteria.ts'
import { maskMemberId } from '../../../domain/member-id.ts'
import { formatInZone } from '../../../domain/time-zone.ts'
import { deciderLine } from '../decider.ts'
import { CriterionWords, Row } from '../decision-words.tsx'
import { noticeTemplateFor, peerToPeerSource, specificReasonSource } from './notice-rights.ts'
import { RightsList, Source } from './notice-rights-list.tsx'
import { NOT_HELD } from './notice-template.ts'

export type Audience = 'member' | 'provider'

/**
 * One denial notice, written from the decision record: the facts every notice carries,
 * then the rights of the case's line of business with their sources. What enrollment
 * holds (the member's name and address) is marked in place, never invented.
 */
export function NoticeLetter({
  value: c,
  decision: d,
  audience,
  serviceDescription,
}: {
  value: StoredCase
  decision: Decision
  audience: Audience
  serviceDescription: string
}) {
  const zone = c.turnaround.timeZone
  const issued = d.noticesIssuedAt ?? d.decidedAt
  const template = noticeTemplateFor(c.input)
  const you = audience === 'member' ? 'you' : 'the member'
  const blanket = pendCannotChangeOutcome(c.determination)
  return (
    <article className="notice-letter" aria-labelledby="page-heading">
      <dl className="summary-list">
        <Row term="Case reference">{c.reference}</Row>
        <Row term="Date of this notice">
          <time dateTime={issued}>{formatInZone(new Date(issued), zone)}</time>
        </Row>
        <Row term="To">
          {audience === 'member' ? (
            <span className="not-held">
              {NOT_HELD.memberName}
              <br />
              {NOT_HELD.memberAddress}
            </span>
          ) : (
            <span className="not-held">
              {NOT_HELD.providerName}
              {c.input.requestingProviderNpi ? ` NPI ${c.input.requestingProviderNpi}.` : ''}
            </span>
          )}
        </Row>
        <Row term="Member ID">{maskMemberId(c.input.memberId)}</Row>
        <Row term="Plan type">{template.appliesTo}</Row>
        <Row term="Line of business">{lineOfBusinessLabels[c.input.lineOfBusiness]}</Row>
        <Row term="Service">
          {c.input.serviceCode}: {serviceDescription}
        </Row>
        <Row term="Decision">
          Denied on <time dateTime={d.decidedAt}>{formatInZone(new Date(d.decidedAt), zone)}</time>
        </Row>
      </dl>

      <h2>Why we denied this request</h2>
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

      <h2>Who decided</h2>
      <p>{deciderLine(d.decidedBy)}</p>
      {template.id === 'erisa' && (
        <>
          <h3>The physician’s rationale</h3>
          <p dir="auto">{d.rationale}</p>
        </>
      )}

      {audience === 'provider' && (
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

      <h2>{audience === 'member' ? 'Your rights' : 'The member’s rights'}</h2>
      <p>
        What {you} may do next ({template.appliesTo}). Each right names the rule it comes from.
      </p>
      <RightsList
        sections={template.sections}
        extra={
          blanket
            ? {
                'material-needed': [
                  'The criteria applied are a blanket statement: they do not depend on the member’s records, so further documents would not change this decision.',
                ],
              }
            : {}
        }
      />
    </article>
  )
}
