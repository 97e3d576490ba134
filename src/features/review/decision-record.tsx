import { roleLabels } from '../../api/labels.ts'
import type { Decision } from '../../api/schemas/case.ts'
import { DecisionWords, Row } from './decision-words.tsx'
import { EvidenceOpenedRow } from './evidence-opened.tsx'
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
        <DecisionWords decision={decision} />
        <EvidenceOpenedRow decision={decision} />
      </dl>
    </article>
  )
}
