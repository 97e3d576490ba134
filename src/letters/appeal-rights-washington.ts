import { erisaOnReviewItems } from './erisa-items.ts'
import { NOT_HELD, type Citation, type RightsSection } from './notice-template.ts'
import { insuranceCommissioner, washingtonOnReview } from './rights-washington.ts'
import { wac, wac3070 } from './sources.ts'

const noticeOfInternalReview = (paragraphs: string, note: string): Citation => ({
  cite: `WAC 284-43-3150${paragraphs}`,
  url: wac('284-43-3150'),
  confirmed: true,
  note,
})

/** Washington fully insured and Individual & Family: the notice of internal review determination. */
export const washingtonAppealSections: Record<'approve' | 'uphold', RightsSection[]> = {
  approve: [
    {
      id: 'what-it-means',
      heading: 'What this decision means',
      paragraphs: [
        'We reviewed our earlier decision (an internal appeal) and changed it: the service asked for is approved. The reasons are stated above.',
        NOT_HELD.planContact,
      ],
      sources: [
        noticeOfInternalReview(
          '(1)',
          'Read: the carrier delivers written notification of the internal review determination to the appellant, with the actual reasons for the determination.',
        ),
      ],
    },
  ],
  uphold: [
    {
      id: 'reasons',
      heading: 'Why we kept our decision',
      paragraphs: [
        'The actual reasons for this decision, and the physician’s clinical rationale, are stated above.',
      ],
      sources: [
        noticeOfInternalReview(
          '(1), (3)',
          'Read: the written determination must include the actual reasons for the determination and the clinical rationale for the decision, which may be in summary form.',
        ),
      ],
    },
    washingtonOnReview.planSections,
    washingtonOnReview.records,
    washingtonOnReview.evidence,
    {
      id: 'external-review',
      heading: 'Your right to an independent review',
      paragraphs: [
        'You may ask for an independent (external) review of this decision by an independent review organization (IRO) certified by the Washington State Office of the Insurance Commissioner. You have up to 180 days to ask for it. If you do not ask for an independent review, this decision is final and binding.',
        NOT_HELD.planContact,
      ],
      sources: [
        noticeOfInternalReview(
          '(2), (5)',
          'Read: instructions for obtaining further review using the external review process, and a statement that the appellant has up to one hundred eighty days to file a request for external review, and that if review is not requested, the internal review decision is final and binding.',
        ),
        {
          cite: 'WAC 284-43A-140',
          url: wac('284-43A-140'),
          confirmed: true,
          note: 'Read: carriers must inform appellants of their right to external independent review and explain the process to exercise it.',
        },
      ],
    },
    {
      id: 'criteria',
      heading: 'The criteria we used',
      paragraphs: [
        'Ask us for a copy of the clinical review criteria used to make this decision.',
        NOT_HELD.planContact,
      ],
      sources: [
        noticeOfInternalReview(
          '(4)',
          'Read: instructions on obtaining the clinical review criteria used to make the determination.',
        ),
        wac3070(
          '(4)',
          'the specific rule, guideline, protocol or criterion relied on, or a statement that a copy will be provided free of charge on request. WAC 284-43-3150 requires its own items in addition to those of WAC 284-43-3070.',
        ),
      ],
    },
    insuranceCommissioner,
  ],
}

/** An insured employer group plan is also an ERISA plan: the decision on review adds its items. */
export const washingtonGroupAppealSections: Record<'approve' | 'uphold', RightsSection[]> = {
  approve: washingtonAppealSections.approve,
  uphold: [
    ...washingtonAppealSections.uphold.slice(0, -1),
    ...erisaOnReviewItems,
    insuranceCommissioner,
  ],
}
