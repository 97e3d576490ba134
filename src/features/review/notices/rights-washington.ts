import { NOT_HELD, type NoticeTemplate } from './notice-template.ts'
import { wac3070 } from './sources.ts'

const wac = (cite: string) => `https://app.leg.wa.gov/wac/default.aspx?cite=${cite}`

/** Washington fully insured and Individual & Family plans: chapter 284-43 WAC. */
export const washingtonNotice: NoticeTemplate = {
  id: 'washington',
  appliesTo: 'Commercial fully insured and Individual & Family (Washington)',
  reasonSources: [
    wac3070(
      '(2)(a)',
      'the notice must include, in plain language, the specific reasons for the adverse benefit determination.',
    ),
  ],
  sections: [
    {
      id: 'internal-appeal',
      heading: 'Your right to an internal appeal',
      paragraphs: [
        'You, or someone you name, including your provider, may ask us to review this decision (an internal appeal). If waiting could seriously harm your health, ask for an expedited appeal.',
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
          cite: 'Chapter 284-43 WAC, time limit to ask for an internal appeal',
          url: wac('284-43'),
          confirmed: false,
          note: 'Not confirmed: the section setting the time limit to ask was not found with the tools available, so this notice states no time limit. Add it from chapter 284-43 WAC before sending.',
        },
      ],
    },
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
    {
      id: 'criteria-free',
      heading: 'The criteria we used',
      paragraphs: [
        'The clinical review criteria used to make this decision are available to you free of charge. Ask us for a copy.',
      ],
      sources: [
        {
          cite: 'WAC 284-43-3070',
          url: wac('284-43-3070'),
          confirmed: false,
          note: 'Not confirmed: the text of WAC 284-43-3070 could not be retrieved. WAC 284-43-3150(4), which was read, requires instructions on obtaining the clinical review criteria in a notice of internal review determination “in addition to the requirements of WAC 284-43-3070”.',
        },
      ],
    },
  ],
}
