import { RichParagraphs, RichText } from '../../../components/rich-text.tsx'
import { CriteriaTable } from '../../../components/criteria-table.tsx'
import type { LoadedCase } from './loaded-case.ts'
import { outcomeLabels } from '../../../api/labels.ts'
import { PolicyOverdue } from './policy-overdue.tsx'
import { PolicyVersion } from './policy-version.tsx'

/**
 * The criteria API's determination as it was recorded: outcome, the deciding words
 * quoted with their source, the criteria set applied and the policy's notes. Every
 * quotation comes from the determination, never from the policy as it reads today.
 */
export function DeterminationPanel({ data }: { data: LoadedCase }) {
  const d = data.determination
  const policyId = d.policy?.id
  return (
    <section aria-labelledby="determination-heading" className="panel">
      <h2 id="determination-heading">Determination</h2>
      <p className="hint">Proposed outcome</p>
      <p className="outcome-headline">{outcomeLabels[d.outcome]}</p>
      <p className="app-text">
        <span className="app-text__label">What happens next: </span>
        {d.summary}
      </p>

      {d.statement && (
        <figure className="decisive">
          <figcaption className="hint">The deciding statement, quoted from the policy</figcaption>
          <blockquote>
            <p>
              <mark>
                <RichText value={d.statement} policyId={policyId} />
              </mark>
            </p>
          </blockquote>
        </figure>
      )}
      {d.source && (
        <p>
          <strong>Source: </strong>
          {d.source.kind === 'ncd'
            ? `National Coverage Determination (NCD) ${d.source.number}: `
            : ''}
          {d.source.label}
          {d.source.kind === 'policy' && d.source.number ? ` (${d.source.number})` : ''}
        </p>
      )}

      {d.policy && <PolicyOverdue lastReviewed={d.policy.lastReviewed} />}
      {d.criteriaSet ? (
        // The set as quoted in the determination (the record), not as the policy reads today.
        <CriteriaTable
          set={d.criteriaSet}
          policyId={policyId}
          label="Criteria set applied, table"
          marksDecidingRow
          caption={
            <>
              <span className="hint">Criteria set applied</span>
              <span className="criteria-table__heading">{d.criteriaSet.heading}</span>
            </>
          }
        />
      ) : (
        <p>
          No criteria are on file for this service code in the policy library. The case goes to
          individual medical director review.
        </p>
      )}

      {d.policy && (
        <PolicyVersion policy={d.policy} madeAt={d.madeAt} timeZone={data.turnaround.timeZone} />
      )}

      {d.notes.length > 0 && (
        // The policy's standing notes (codes not all-inclusive, contracts differ) are the
        // same on every case: a click away, so the case reads short.
        <details className="case-more">
          <summary>Notes from the policy</summary>
          <blockquote className="quote">
            <RichParagraphs value={d.notes} policyId={policyId} />
          </blockquote>
        </details>
      )}
    </section>
  )
}
