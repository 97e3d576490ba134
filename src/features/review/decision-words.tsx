import type { ReactNode } from 'react'
import type { Decision } from '../../api/schemas/case.ts'

/** A term and its description in a GOV.UK-style summary list. */
export function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="summary-list__row">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  )
}

/**
 * What the decider wrote, in their words (dir="auto": they may write right to left):
 * shared by the case page's record and the printable summary, so both say the same.
 */
export function DecisionWords({ decision }: { decision: Decision }) {
  return (
    <>
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
    </>
  )
}
