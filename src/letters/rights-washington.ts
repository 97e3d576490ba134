import { erisaDenialItems } from './erisa-items.ts'
import {
  NOT_HELD,
  type Citation,
  type NoticeTemplate,
  type RightsSection,
} from './notice-template.ts'
import { wac, wac3070 } from './sources.ts'

/** WAC 284-30-770: the Insurance Commissioner statement on every adverse notification. */
export const insuranceCommissioner: RightsSection = {
  id: 'insurance-commissioner',
  heading: 'Washington State Office of the Insurance Commissioner',
  paragraphs: [
    'If you have questions or concerns about the actions of your insurance company or agent, or would like information on your rights to file an appeal, contact the Washington state Office of the Insurance Commissioner’s consumer protection hotline at 1-800-562-6900 or visit www.insurance.wa.gov. The insurance commissioner protects and educates insurance consumers, advances the public interest, and provides fair and efficient regulation of the insurance industry.',
  ],
  sources: [
    {
      cite: 'WAC 284-30-770',
      url: wac('284-30-770'),
      confirmed: false,
      note: 'Not confirmed against the WAC’s own text: the statement was read quoted in a law firm’s summary of the rule (effective 2020-08-01), where the web address was a link whose text did not come through; www.insurance.wa.gov is the Commissioner’s site. The rule’s requirements on the statement’s font and place in the notice were not read.',
    },
  ],
}

/** The internal appeal decision times, WAC 284-43-3110 (as the appeal clock records it). */
const internalReviewTimes: Citation = {
  cite: 'WAC 284-43-3110(1), (2)',
  url: wac('284-43-3110'),
  confirmed: true,
  note: 'Read (a copy current through Wash. Reg. 24-21, 2024-11-01): the carrier must notify the appellant of the review decision within fourteen days of receipt of the request, or twenty days when the determination involves an experimental or investigational treatment; for good cause it may extend by up to sixteen additional days without consent, and must notify the appellant of the extension and the reason.',
}

/** WAC 284-43-3070's items, shared by the denial and the internal review determination. */
const planSections: RightsSection = {
  id: 'plan-sections',
  heading: 'The plan sections this decision is based on',
  paragraphs: [
    'The criterion stated above, and your plan’s provision on medical necessity.',
    NOT_HELD.planProvision,
  ],
  sources: [
    wac3070(
      '(2)(b)',
      'the specific health plan policy or contract sections on which the determination is based, including references to the provisions.',
    ),
  ],
}
const records: RightsSection = {
  id: 'records',
  heading: 'Your records',
  paragraphs: [
    'You have the right to a copy of our records related to this decision, and the right to review the records of information relevant to it.',
  ],
  sources: [
    wac3070(
      '(2)(c)',
      'the plan’s review procedures, including the appellant’s right to a copy of the carrier and health plan’s records related to the adverse benefit determination.',
    ),
    wac3070(
      '(5)',
      'an explanation of the right to review the records of relevant information; the copy read ends at “including”, so what the item goes on to list is not known.',
      false,
    ),
  ],
}
const evidence: RightsSection = {
  id: 'evidence',
  heading: 'You may present evidence',
  paragraphs: [
    'You and your provider may present evidence as part of the review, such as records or a letter from your doctor.',
  ],
  sources: [
    wac3070(
      '(2)(e)',
      'the right of appellants and their providers to present evidence as part of a review of an adverse benefit determination.',
    ),
  ],
}
const clinicalBasis: RightsSection = {
  id: 'clinical-basis',
  heading: 'The clinical basis for this decision',
  paragraphs: [
    'This decision is based on medical necessity. An explanation of its scientific or clinical basis, applying the terms of your plan to your medical circumstances, is available free of charge on request.',
  ],
  sources: [
    wac3070(
      '(3)',
      'for a determination based on medical necessity, experimental treatment or a similar exclusion, either an explanation of the scientific or clinical basis, the manner in which the plan’s terms were applied to the appellant’s medical circumstances, or a statement that such explanation is available free of charge upon request.',
    ),
  ],
}

/** Washington fully insured and Individual & Family plans: chapter 284-43 WAC. */
const washingtonSections: RightsSection[] = [
  {
    id: 'internal-appeal',
    heading: 'Your right to an internal appeal',
    paragraphs: [
      'You, or someone you name, including your provider, may ask us to review this decision (an internal appeal). If waiting could seriously harm your health, ask for an expedited appeal; your treating provider may ask for one for you.',
      NOT_HELD.planContact,
    ],
    sources: [
      {
        cite: 'WAC 284-43-3010 (definitions: “internal appeal or review”, “appellant”)',
        url: wac('284-43-3010'),
        confirmed: true,
        note: 'Read: an internal appeal is an appellant’s request for the carrier to review and reconsider an adverse benefit determination; a provider may act as the appellant’s representative for an expedited review.',
      },
      {
        cite: 'WAC 284-43-3110',
        url: wac('284-43-3110'),
        confirmed: true,
        note: 'Read: treating providers may seek expedited review on a patient’s behalf, regardless of whether the provider is affiliated with the carrier.',
      },
    ],
  },
  planSections,
  {
    id: 'time-limits',
    heading: 'How long the review takes',
    paragraphs: [
      'We decide your internal appeal within 14 days of receiving your request, or within 20 days if the decision involves an experimental or investigational treatment. For good cause we may take up to 16 more days; if we do, we tell you, and why.',
    ],
    sources: [
      wac3070('(2)(d)', 'the time limits applicable to the review.'),
      internalReviewTimes,
      {
        cite: 'Chapter 284-43 WAC, subchapter E: time limit to ask for an internal appeal',
        url: wac('284-43'),
        confirmed: false,
        note: 'Not confirmed: no internal-appeal filing limit was found for Individual & Family plans (WAC 284-43-3150(5) gives 180 days for the external review, not the internal appeal), so the Individual & Family letter states none. The expedited review times of WAC 284-43-3170 were not retrieved.',
        printed: false,
      },
    ],
  },
  evidence,
  clinicalBasis,
  {
    id: 'criteria-free',
    heading: 'The criteria we used',
    paragraphs: [
      'The clinical review criteria used to make this decision are available to you free of charge. Ask us for a copy.',
    ],
    sources: [
      wac3070(
        '(4)',
        'the specific rule, guideline, protocol or criterion relied on, or a statement that a copy will be provided free of charge on request.',
      ),
    ],
  },
  records,
  {
    id: 'external-review',
    heading: 'Your right to an independent review',
    paragraphs: [
      'If our internal appeal keeps this decision, you may ask for an independent (external) review by an independent review organization (IRO) certified by the Washington State Office of the Insurance Commissioner. We take part in that review.',
    ],
    sources: [
      {
        cite: 'WAC 284-43A-140',
        url: wac('284-43A-140'),
        confirmed: true,
        note: 'Read: carriers must inform appellants of their right to external independent review and explain the process to exercise it.',
      },
    ],
  },
  insuranceCommissioner,
]

const reasonSources = [
  wac3070(
    '(2)(a)',
    'the notice must include, in plain language, the specific reasons for the adverse benefit determination.',
  ),
]

/** Individual & Family (Washington): not an employer plan, so chapter 284-43 WAC alone. */
export const washingtonNotice: NoticeTemplate = {
  id: 'washington',
  appliesTo: 'Individual & Family (Washington)',
  reasonSources,
  sections: washingtonSections,
}

/**
 * An insured employer group plan is also an ERISA plan (29 CFR 2560.503-1(a)): its
 * notice carries the ERISA items beside Washington's, the external review staying
 * Washington's (the carrier is subject to the State process).
 */
export const washingtonGroupNotice: NoticeTemplate = {
  id: 'washington',
  appliesTo: 'Commercial fully insured group (Washington; an employer plan under ERISA)',
  reasonSources,
  sections: [
    ...washingtonSections.slice(0, -2),
    ...erisaDenialItems,
    ...washingtonSections.slice(-2),
  ],
}

export const washingtonOnReview = { planSections, records, evidence }
