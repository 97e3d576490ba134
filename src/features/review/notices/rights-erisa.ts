import { NOT_HELD, type NoticeTemplate } from './notice-template.ts'

const CFR =
  'https://www.ecfr.gov/current/title-29/subtitle-B/chapter-XXV/subchapter-G/part-2560/section-2560.503-1'

/** Self-funded group plans (ERISA): 29 CFR 2560.503-1. */
export const erisaNotice: NoticeTemplate = {
  id: 'erisa',
  appliesTo: 'Commercial self-funded (ERISA)',
  reasonSources: [
    {
      cite: '29 CFR 2560.503-1(g)(1)(i)',
      url: CFR,
      confirmed: true,
      note: 'Read: the notification shall set forth the specific reason or reasons for the adverse determination.',
    },
  ],
  sections: [
    {
      id: 'plan-provision',
      heading: 'The plan provision this decision is based on',
      paragraphs: [
        'This decision is based on the criterion stated above and on your plan’s provision on medical necessity.',
        NOT_HELD.planProvision,
      ],
      sources: [
        {
          cite: '29 CFR 2560.503-1(g)(1)(i), (ii)',
          url: CFR,
          confirmed: true,
          note: 'Read: the notice must set out the specific reason or reasons and refer to the specific plan provisions on which the determination is based.',
        },
      ],
    },
    {
      id: 'material-needed',
      heading: 'Information that would complete your request',
      paragraphs: ['No further material or information is needed to complete this request.'],
      sources: [
        {
          cite: '29 CFR 2560.503-1(g)(1)(iii)',
          url: CFR,
          confirmed: true,
          note: 'Read: a description of any additional material or information necessary to perfect the claim and why it is necessary.',
        },
      ],
    },
    {
      id: 'review-procedure',
      heading: 'How to appeal, and your right to sue',
      paragraphs: [
        'You may appeal this decision to the plan. You have 180 days from the day you receive this notice to ask. If the plan keeps its decision on appeal, you have the right to bring a civil action under section 502(a) of the Employee Retirement Income Security Act (ERISA).',
        NOT_HELD.planContact,
      ],
      sources: [
        {
          cite: '29 CFR 2560.503-1(g)(1)(iv)',
          url: CFR,
          confirmed: true,
          note: 'Read: a description of the plan’s review procedures and time limits, including the right to bring a civil action under section 502(a) following an adverse determination on review.',
        },
        {
          cite: '29 CFR 2560.503-1(h)(3)(i)',
          url: CFR,
          confirmed: false,
          note: 'Not confirmed: the text of (h)(3)(i) could not be retrieved. The 180 days are as the product brief (not in this repository) states; secondary sources give the same figure for group health plans. Check before sending.',
        },
      ],
    },
    {
      id: 'clinical-judgment',
      heading: 'The clinical judgment behind this decision',
      paragraphs: [
        'This is a medical-necessity decision. The physician’s explanation of the clinical judgment is the rationale stated above; a copy of the criteria relied on is free on request.',
      ],
      sources: [
        {
          cite: '29 CFR 2560.503-1(g)(1)(v)(B)',
          url: CFR,
          confirmed: false,
          note: 'Not confirmed: the text of (g)(1)(v)(B) could not be retrieved; a secondary source states the same for notices on appeal. The content follows the product brief (not in this repository).',
        },
      ],
    },
  ],
}
