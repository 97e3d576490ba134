import type { MtacReview, PolicyEvidence, Study } from '../../api/schemas/policy.ts'
import { plainText } from '../../api/schemas/rich-text.ts'
import { factFields, NOT_STATED } from './evidence-fields.ts'

export type EvidenceRow = {
  study: Study
  review: MtacReview
  /**
   * Every cell's text in lower case, built once when the data arrives, so the text
   * filter is one `includes` per row per keystroke (2,000 rows well inside a frame).
   */
  search: string
}

export function evidenceRows(evidence: PolicyEvidence): EvidenceRow[] {
  const reviews = new Map(evidence.reviews.map((r) => [r.id, r]))
  return evidence.studies.flatMap((study) => {
    const review = reviews.get(study.reviewId)
    if (!review) return []
    const cells = [
      review.heading,
      String(study.year),
      study.authors,
      study.title,
      study.journal,
      study.volumePages,
      ...factFields.map((f) => {
        const fact = study[f.id]
        return fact ? plainText(fact) : NOT_STATED
      }),
    ]
    // A separator no one types, so a match never spans two cells.
    return [{ study, review, search: cells.join('\u0000').toLowerCase() }]
  })
}
