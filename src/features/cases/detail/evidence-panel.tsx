import { useQuery } from '@tanstack/react-query'
import { policyQueries } from '../../../api/queries/policies.ts'
import type { MtacReview } from '../../../api/schemas/policy.ts'
import { QueryView } from '../../../components/query-view.tsx'
import { ReviewAge } from '../../../components/review-age.tsx'
import { RichParagraphs, RichText } from '../../../components/rich-text.tsx'
import { EvidenceMatch } from './evidence-match.tsx'
import type { LoadedCase } from './loaded-case.ts'

/** The MTAC evidence conclusions behind the policy the determination applied, verbatim. */
export function EvidencePanel({ data }: { data: LoadedCase }) {
  const policyId = data.determination.policy?.id
  return (
    <section aria-labelledby="evidence-heading" className="panel">
      <h2 id="evidence-heading">MTAC evidence conclusions</h2>
      {policyId ? (
        <>
          <EvidenceMatch evidence={data.determination.evidence} />
          <Reviews policyId={policyId} />
        </>
      ) : (
        <p>
          No criteria are on file for this service code, so there are no MTAC evidence conclusions
          to show. A medical director reviews the case individually.
        </p>
      )}
    </section>
  )
}

function Reviews({ policyId }: { policyId: string }) {
  const evidence = useQuery(policyQueries.evidence(policyId))
  return (
    <QueryView query={evidence} loading="Loading the evidence conclusions…">
      {(data) => (
        <div className="mtac-review-list">
          {data.reviews.map((review) => (
            <Review key={review.id} review={review} policyId={policyId} />
          ))}
        </div>
      )}
    </QueryView>
  )
}

function Review({ review, policyId }: { review: MtacReview; policyId: string }) {
  const headingId = `review-${review.id}`
  return (
    <article aria-labelledby={headingId} className="mtac-review">
      <h3 id={headingId}>{review.heading}</h3>
      <ReviewAge date={review.date} />
      <p className="mtac-review__topic">{review.topic}</p>
      <h4>MTAC verdict</h4>
      <blockquote className="quote">
        <p>
          <RichText value={review.verdict} policyId={policyId} />
        </p>
      </blockquote>
      {/* The verdict is what decides; the review's full words are a click away, and its
          "Evidence Table" links open the studies beside the case. The source's own
          "Evidence Conclusion:" and "Articles:" labels lead these paragraphs. */}
      <details className="case-more">
        <summary>
          Evidence conclusion and articles
          <span className="visually-hidden">, {review.heading}</span>
        </summary>
        <RichParagraphs value={review.evidenceConclusion} policyId={policyId} />
        <RichParagraphs value={review.articles} policyId={policyId} />
      </details>
    </article>
  )
}
