import { memo } from 'react'
import type { MtacReview } from '../../api/schemas/policy.ts'
import { ReviewAge } from '../../components/review-age.tsx'
import { RichParagraphs, RichText } from '../../components/rich-text.tsx'

/**
 * What the source says of each review as a whole, verbatim: the evidence conclusion and
 * the verdict. It stays here, not in a study's row, because the source does not say
 * which study each finding belongs to (the 1999 conclusion names neither trial).
 */
/** Memoized: the viewer re-renders on every filter keystroke, the conclusions do not change. */
export const ReviewConclusions = memo(function ReviewConclusions({
  reviews,
  policyId,
}: {
  reviews: MtacReview[]
  policyId: string
}) {
  return (
    <section aria-labelledby="conclusions-heading" className="review-conclusions">
      <h2 id="conclusions-heading">Evidence conclusions by review</h2>
      {reviews.map((review) => (
        <article key={review.id} aria-labelledby={`conclusion-${review.id}`}>
          <h3 id={`conclusion-${review.id}`}>{review.heading}</h3>
          <ReviewAge date={review.date} />
          <p className="review-conclusions__topic">{review.topic}</p>
          <RichParagraphs value={review.evidenceConclusion} policyId={policyId} />
          <p className="review-conclusions__verdict">
            <RichText value={review.verdict} policyId={policyId} />
          </p>
        </article>
      ))}
    </section>
  )
})
