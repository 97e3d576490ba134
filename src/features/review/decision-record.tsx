import { Link } from 'react-router'
import type { Decision, StoredCase } from '../../api/schemas/case.ts'
import { DecisionTiming } from './decision-timing.tsx'
import { DecisionWords } from './decision-words.tsx'
import { EvidenceOpenedRow } from './evidence-opened.tsx'

const headings: Record<Decision['action'], string> = {
  approve: 'Approved',
  deny: 'Denied',
  pend: 'Pended for information',
}

/** One recorded decision, read-only: who, with what credentials, when, why, and its notices. */
export function DecisionRecord({ decision, value: c }: { decision: Decision; value: StoredCase }) {
  const base = `/cases/${encodeURIComponent(c.id)}/notices`
  return (
    <article className="decision-record" aria-labelledby={`decision-${decision.id}`}>
      <h3 id={`decision-${decision.id}`}>{headings[decision.action]}</h3>
      <dl className="summary-list">
        <DecisionTiming
          decision={decision}
          dueAt={c.turnaround.dueAt}
          timeZone={c.turnaround.timeZone}
          askLimit={c.turnaround.askForInformationBy?.limit}
        />
        <DecisionWords decision={decision} />
        <EvidenceOpenedRow decision={decision} />
      </dl>
      {decision.action === 'deny' && (
        <p className="no-print button-row">
          <Link to={`${base}/member`}>Member notice</Link>
          <Link to={`${base}/provider`}>Provider notice</Link>
        </p>
      )}
    </article>
  )
}
