import { NOT_HELD, type Citation, type RightsSection } from './notice-template.ts'
import { ERISA_CLAIMS as CFR, ERISA_EXTERNAL } from './sources.ts'

/** Paragraph (j) itself was not retrieved: every item cited to it says so. */
export const onReview = (item: string, what: string): Citation => ({
  cite: `29 CFR 2560.503-1(j)${item}`,
  url: CFR,
  confirmed: false,
  note: `Not confirmed: the text of paragraph (j) (notification of a benefit determination on review) could not be retrieved. ${what}`,
})

export const rightToSue: Citation = {
  cite: '29 CFR 2560.503-1(g)(1)(iv)',
  url: CFR,
  confirmed: true,
  note: 'Read: a description of the plan’s review procedures and the time limits applicable to such procedures, including a statement of the claimant’s right to bring a civil action under section 502(a) of the Act following an adverse benefit determination on review.',
}

/**
 * The items an ERISA plan's denial carries, 29 CFR 2560.503-1(g)(1): a self-funded plan's,
 * and an insured employer group plan's beside Washington's (it is an ERISA plan too).
 */
export const erisaDenialItems: RightsSection[] = [
  {
    id: 'material-needed',
    heading: 'Information that would complete your request',
    paragraphs: ['No further material or information is needed to complete this request.'],
    sources: [
      {
        cite: '29 CFR 2560.503-1(g)(1)(iii)',
        url: CFR,
        confirmed: true,
        note: 'Read: a description of any additional material or information necessary for the claimant to perfect the claim and an explanation of why such material or information is necessary.',
      },
    ],
  },
  {
    id: 'review-procedure',
    heading: 'How to appeal to the plan, and your right to sue',
    paragraphs: [
      'You may appeal this decision to the plan. You have 180 days from the day you receive this notice to ask. If the plan keeps its decision on appeal, you have the right to bring a civil action under section 502(a) of the Employee Retirement Income Security Act (ERISA).',
      NOT_HELD.planContact,
    ],
    sources: [
      rightToSue,
      {
        cite: '29 CFR 2560.503-1(h)(3)(i)',
        url: CFR,
        confirmed: false,
        note: 'Not confirmed: the text of (h)(3)(i) could not be retrieved. A group health plan must give at least 180 days following receipt of the notification to appeal, as Department of Labor-derived plan texts restate it; the days run from receipt of the notice, not from the decision.',
      },
    ],
  },
  {
    id: 'urgent-care',
    heading: 'If your care is urgent',
    paragraphs: [
      'If waiting the usual time for an appeal could seriously jeopardize your life, your health or your ability to regain maximum function, or your doctor says you would have severe pain that cannot be managed without the care asked for, you may ask for an expedited (urgent care) appeal. The plan decides it as soon as possible and no later than 72 hours after it receives your request.',
    ],
    sources: [
      {
        cite: '29 CFR 2560.503-1(g)(1)(vi), (i)(2)(i), (m)(1)',
        url: CFR,
        confirmed: false,
        note: 'Not confirmed: the text of (g)(1)(vi) (a description of the expedited review process for a claim involving urgent care) and of the urgent care definition (m)(1) was not retrieved; both were read in plan documents that restate the regulation. The 72 hours of (i)(2)(i) were read quoted in a secondary source.',
      },
    ],
  },
]

/** The federal external review, for plans that are not grandfathered. */
export const federalExternalReview: RightsSection = {
  id: 'external-review',
  heading: 'Independent (external) review',
  paragraphs: [
    'If the plan keeps its decision after your appeal, and your plan is not a “grandfathered” plan, you may ask for an independent (external) review of that final decision by an independent review organization. The plan’s documents say whether it is grandfathered; the plan’s decision on your appeal tells you how and by when to ask.',
  ],
  sources: [
    {
      cite: '29 CFR 2590.715-2719(a), (d)',
      url: ERISA_EXTERNAL,
      confirmed: true,
      note: 'Read (the scope paragraph, in copies of the CFR text): the section sets requirements for internal claims and appeals and external review for group health plans that are not grandfathered; paragraph (d) sets forth a Federal external review process for plans not subject to an applicable State external review process. The time limit to ask and the notice wording of paragraph (b)(2)(ii)(E) were not retrieved, so the letter states no time limit.',
    },
  ],
}

/** A decision on review under ERISA: the documents and the right to sue. */
export const erisaOnReviewItems: RightsSection[] = [
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
      rightToSue,
      onReview(
        '(4)',
        'The statement of the right to sue in the notice on review was read only in plan documents.',
      ),
    ],
  },
]
