import type { Decision } from '../../api/schemas/case.ts'
import type { ReadingEntry } from '../../api/schemas/reading.ts'
import { Row } from './decision-words.tsx'

const kindLabels: Record<ReadingEntry['kind'], string> = {
  'policy-section': 'policy section',
  'evidence-row': 'evidence row',
}

/**
 * "Evidence opened before deciding": what the service found the decider opened from the
 * case page before the decision time. A reader of the record can see the evidence was
 * read, or that nothing was opened from here. Absent on decisions older than the audit.
 */
export function EvidenceOpenedRow({ decision }: { decision: Decision }) {
  const opened = decision.evidenceOpened
  if (!opened) return null
  return (
    <Row term="Evidence opened before deciding">
      {opened.length === 0 ? (
        'None opened from the case page'
      ) : (
        <ul className="evidence-opened">
          {opened.map((e) => (
            <li key={`${e.kind}:${e.id}`}>
              {e.label} ({kindLabels[e.kind]})
            </li>
          ))}
        </ul>
      )}
    </Row>
  )
}
