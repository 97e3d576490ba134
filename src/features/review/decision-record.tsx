import { roleLabels } from '../../api/labels.ts'
import type { ReactNode } from 'react'
import type { Decision } from '../../api/schemas/case.ts'
import { formatInZone } from '../../domain/time-zone.ts'

const headings: Record<Decision['action'], string> = {
  approve: 'Approved',
  deny: 'Denied',
  pend: 'Pended for information',
}

/** One recorded decision, read-only: who, with what role and specialty, when, and why. */
export function DecisionRecord({ decision, timeZone }: { decision: Decision; timeZone: string }) {
  const by = decision.decidedBy
  return (
    <article className="decision-record" aria-labelledby={`decision-${decision.id}`}>
      <h3 id={`decision-${decision.id}`}>{headings[decision.action]}</h3>
      <dl className="summary-list">
        <Row term="Decided by">
          {by.name}, {roleLabels[by.role]}
          {by.specialty ? ` (${by.specialty})` : ''}
        </Row>
        <Row term="When">
          <time dateTime={decision.decidedAt}>
            {formatInZone(new Date(decision.decidedAt), timeZone)}
          </time>
        </Row>
        {decision.criterionReliedOn && (
          <Row term="Criterion relied on">
            <span dir="auto">{decision.criterionReliedOn}</span>
          </Row>
        )}
        {decision.memberReason && (
          <Row term="Reason specific to the member">
            <span dir="auto">{decision.memberReason}</span>
          </Row>
        )}
        {decision.informationNeeded && (
          <Row term="Information needed">
            <span dir="auto">{decision.informationNeeded}</span>
          </Row>
        )}
        <Row term="Rationale">
          <span dir="auto">{decision.rationale}</span>
        </Row>
        <Row term="Peer-to-peer conversation offered">
          {decision.peerToPeerOffered ? 'Yes' : 'No'}
        </Row>
      </dl>
    </article>
  )
}

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="summary-list__row">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  )
}
