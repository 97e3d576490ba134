import { Link } from 'react-router'
import type { MtacReview } from '../../api/schemas/policy.ts'
import { RichParagraphs, RichText } from '../../components/rich-text.tsx'
import { ReviewAge } from '../../components/review-age.tsx'

/**
 * Each MTAC review as printed: its heading (dates kept as the source writes them), topic,
 * evidence conclusion, articles with their "Evidence Table" links, and verdict.
 */
export function MtacReviews({ reviews, policyId }: { reviews: MtacReview[]; policyId: string }) {
  return (
    <>
      {reviews.map((review) => (
        <article key={review.id} className="mtac-review" aria-labelledby={`${review.id}-heading`}>
          <h3 id={`${review.id}-heading`}>{review.heading}</h3>
          <ReviewAge date={review.date} />
          <p className="mtac-review__topic">{review.topic}</p>
          <RichParagraphs value={review.evidenceConclusion} policyId={policyId} />
          <RichParagraphs value={review.articles} policyId={policyId} />
          <p className="mtac-review__verdict">
            <RichText value={review.verdict} policyId={policyId} />
          </p>
          <p className="no-print">
            <Link
              to={`/policies/${encodeURIComponent(policyId)}/evidence?review=${encodeURIComponent(review.id)}`}
            >
              Studies of the {review.heading.replace(/:.*$/, '')} review in the evidence table
            </Link>
          </p>
        </article>
      ))}
    </>
  )
}
