import type { ReactNode } from 'react'
import type { Decision } from '../../api/schemas/case.ts'
import { RichText } from '../../components/rich-text.tsx'

/** A term and its description in a GOV.UK-style summary list. */
export function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="summary-list__row">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  )
}

/** The criterion as recorded: its name, the words quoted at the decision, and the source. */
export function CriterionWords({ criterion }: { criterion: NonNullable<Decision['criterion']> }) {
  return (
    <>
      <strong>{criterion.title}</strong>
      <blockquote className="criterion-quote">
        <p>
          <RichText value={criterion.quoted} />
        </p>
      </blockquote>
      <span className="hint">Source: {criterion.source}</span>
    </>
  )
}

/**
 * What the decider wrote and chose (dir="auto": they may write right to left): shared
 * by the case page's record and the printable summary, so both say the same.
 */
export function DecisionWords({ decision }: { decision: Decision }) {
  return (
    <>
      {decision.takeOverReason && (
        <Row term="Taken over from the assignee because">
          <span dir="auto">{decision.takeOverReason}</span>
        </Row>
      )}
      {decision.criterion && (
        <Row term="Criterion relied on">
          <CriterionWords criterion={decision.criterion} />
        </Row>
      )}
      {decision.writtenBasis && (
        <Row term="Basis for the denial (no criteria on file)">
          <span dir="auto">{decision.writtenBasis}</span>
        </Row>
      )}
      {decision.memberReason && (
        <Row term="Reason specific to the member">
          <span dir="auto">{decision.memberReason}</span>
        </Row>
      )}
      {decision.informationNeeded.length > 0 && (
        <Row term="Information needed">
          <ul className="plain-list">
            {decision.informationNeeded.map((item, i) => (
              <li key={i} dir="auto">
                {item}
              </li>
            ))}
          </ul>
        </Row>
      )}
      <Row term="Rationale">
        <span dir="auto">{decision.rationale}</span>
      </Row>
      {decision.peerToPeerOffered !== null && (
        <Row term="Peer-to-peer conversation offered">
          {decision.peerToPeerOffered ? 'Yes' : 'No'}
        </Row>
      )}
    </>
  )
}
