import { NOT_HELD, type Citation, type RightsSection } from './notice-template.ts'

const CFR =
  'https://www.ecfr.gov/current/title-29/subtitle-B/chapter-XXV/subchapter-G/part-2560/section-2560.503-1'

/** Paragraph (j) itself was not retrieved: every item cited to it says so. */
const onReview = (item: string, what: string): Citation => ({
  cite: `29 CFR 2560.503-1(j)${item}`,
  url: CFR,
  confirmed: false,
  note: `Not confirmed: the text of paragraph (j) (notification of a benefit determination on review) could not be retrieved. ${what} Check it before sending.`,
})

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
    {
      id: 'documents',
      heading: 'Documents about your claim',
      paragraphs: [
        'You may ask for reasonable access to, and copies of, all documents, records and other information relevant to your claim, free of charge.',
      ],
      sources: [onReview('(3)', 'Read only in plan documents that restate it.')],
    },
    {
      id: 'right-to-sue',
      heading: 'Your right to sue',
      paragraphs: [
        'You have the right to bring a civil action under section 502(a) of the Employee Retirement Income Security Act (ERISA) following this decision on review.',
      ],
      sources: [
        {
          cite: '29 CFR 2560.503-1(g)(1)(iv)',
          url: CFR,
          confirmed: true,
          note: 'Read: the first notice must state the claimant’s right to bring a civil action under section 502(a) of the Act following an adverse benefit determination on review; this is that decision.',
        },
        onReview(
          '(4)',
          'The statement of the right to sue in the notice on review was read only in plan documents.',
        ),
      ],
    },
    {
      id: 'clinical-judgment',
      heading: 'The clinical judgment behind this decision',
      paragraphs: [
        'This is a medical-necessity decision. The physician’s explanation of the clinical judgment is the rationale stated above.',
      ],
      sources: [onReview('(5)', 'Read only in plan documents that restate it.')],
    },
    {
      id: 'external-review',
      heading: 'Independent (external) review',
      paragraphs: [
        'Whether your plan offers an independent (external) review of this decision, and how to ask for one: from the plan’s documents (not held by this app).',
      ],
      sources: [
        {
          cite: '29 CFR 2590.715-2719',
          url: null,
          confirmed: false,
          note: 'Not read: whether and how a self-funded plan must offer external review was not checked, so this notice states no such right. Check it before sending.',
        },
      ],
    },
  ],
}
