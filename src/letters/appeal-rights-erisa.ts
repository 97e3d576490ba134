import { erisaOnReviewItems, federalExternalReview, onReview } from './erisa-items.ts'
import { NOT_HELD, type RightsSection } from './notice-template.ts'

/** Self-funded group plans (ERISA): the notice of the plan's decision on review. */
export const erisaAppealSections: Record<'approve' | 'uphold', RightsSection[]> = {
  approve: [
    {
      id: 'what-it-means',
      heading: 'What this decision means',
      paragraphs: [
        'The plan reviewed its earlier decision (your appeal) and changed it: the service asked for is approved.',
        NOT_HELD.planContact,
      ],
      sources: [
        onReview('', 'The plan notifies the claimant of its benefit determination on review.'),
      ],
    },
  ],
  uphold: [
    {
      id: 'reasons',
      heading: 'Why the plan kept its decision, and the plan provision',
      paragraphs: [
        'The specific reason for this decision is stated above, with the criterion relied on.',
        NOT_HELD.planProvision,
      ],
      sources: [
        onReview(
          '(1), (2)',
          'The same items for a first denial, (g)(1)(i) and (ii), were read; plan documents restating (j) list them for a decision on review.',
        ),
      ],
    },
    ...erisaOnReviewItems,
    {
      id: 'clinical-judgment',
      heading: 'The clinical judgment behind this decision',
      paragraphs: [
        'This is a medical-necessity decision. The physician’s explanation of the clinical judgment is the rationale stated above.',
      ],
      sources: [onReview('(5)', 'Read only in plan documents that restate it.')],
    },
    federalExternalReview,
  ],
}
