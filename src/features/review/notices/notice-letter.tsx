import type { Decision, StoredCase } from '../../../api/schemas/case.ts'
import { pendCannotChangeOutcome } from '../../../domain/decision-criteria.ts'
import { deciderLine } from '../decider.ts'
import { Row } from '../decision-words.tsx'
import { noticeTemplateFor } from './notice-rights.ts'
import { RightsList } from './notice-rights-list.tsx'
import { At, DenialReason, NoticeFacts, PeerToPeerSection, type Audience } from './notice-parts.tsx'

export type { Audience }

/**
 * One denial notice, written from the decision record: the facts every notice carries,
 * then the rights of the case's line of business with their sources.
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
      <NoticeFacts
        value={c}
        audience={audience}
        issuedAt={issued}
        zone={zone}
        appliesTo={template.appliesTo}
        serviceDescription={serviceDescription}
      >
        <Row term="Decision">
          Denied on <At at={d.decidedAt} zone={zone} />
        </Row>
      </NoticeFacts>

      <DenialReason
        heading="Why we denied this request"
        decision={d}
        sources={template.reasonSources}
      />

      <h2>Who decided</h2>
      <p>{deciderLine(d.decidedBy)}</p>
      {template.id === 'erisa' && (
        <>
          <h3>The physician’s rationale</h3>
          <p dir="auto">{d.rationale}</p>
        </>
      )}

      {audience === 'provider' && <PeerToPeerSection offered={d.peerToPeerOffered} />}

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
