import { NOT_HELD, type NoticeTemplate } from './notice-template.ts'
import { medicareReasonSources } from './sources.ts'

const ecfr = (section: string) =>
  `https://www.ecfr.gov/current/title-42/chapter-IV/subchapter-B/part-422/section-${section}`

/** Medicare Advantage: the content of CMS's Notice of Denial of Medical Coverage. */
export const medicareAdvantageNotice: NoticeTemplate = {
  id: 'medicare-advantage',
  appliesTo: 'Medicare Advantage',
  reasonSources: medicareReasonSources,
  sections: [
    {
      id: 'reconsideration',
      heading: 'Your right to ask us to reconsider (appeal)',
      paragraphs: [
        'You have the right to ask us to reconsider this decision. There are two kinds of reconsideration: a standard reconsideration, and an expedited (fast) reconsideration if waiting for a standard one could seriously harm your life, your health or your ability to regain maximum function.',
        'To ask for a standard reconsideration, write to us. To ask for an expedited reconsideration, call or write to us and say you need a fast decision. Your doctor may ask for either on your behalf.',
        NOT_HELD.planContact,
      ],
      sources: [
        {
          cite: '42 CFR 422.568(e)(3), (e)(4)(i)',
          url: ecfr('422.568'),
          confirmed: true,
          note: 'Read: the notice must inform the enrollee of the right to a reconsideration and describe both the standard and expedited processes, including the conditions for an expedited one.',
        },
        {
          cite: '42 CFR 422.578',
          url: ecfr('422.578'),
          confirmed: true,
          note: 'Read: a physician treating the enrollee may request a standard pre-service reconsideration on the enrollee’s behalf (upon notice to the enrollee), and an enrollee or physician may request an expedited one (422.584).',
        },
      ],
    },
    {
      id: 'time-limit',
      heading: 'When to ask',
      paragraphs: [
        'Your request must be filed within 65 calendar days from the date of this notice. If you have a good reason for being late, you may still ask.',
      ],
      sources: [
        {
          cite: '42 CFR 422.582(b)',
          url: ecfr('422.582'),
          confirmed: false,
          note: 'Not confirmed: the text of 422.582 could not be retrieved with the tools available. The 65 calendar days are as the product brief (not in this repository) states; a secondary source gives the same figure. Check the regulation before sending.',
        },
      ],
    },
    {
      id: 'more-information',
      heading: 'You may send more information',
      paragraphs: [
        'You may send us more information, such as records or a letter from your doctor, to support your request.',
      ],
      sources: [
        {
          cite: 'Form CMS-10003-NDMC (Notice of Denial of Medical Coverage), section “What Do I Include With My Appeal?”',
          url: 'https://www.cms.gov/medicare/forms-notices/beneficiary-notices-initiative/ma-denial-notice',
          confirmed: true,
          note: 'Read: the form instructions name this section. The form is now the Integrated Denial Notice, CMS-10003-NDMCP (OMB 0938-0829); the plan must send the OMB-approved standard form, which this page does not replace.',
        },
      ],
    },
    {
      id: 'specific-reason',
      heading: 'Why we gave this reason',
      paragraphs: [
        'This notice states the specific reason for the denial and the Medicare coverage rule it was based on, above.',
      ],
      sources: [
        {
          cite: '42 CFR 422.568(e)(2); CMS-10003-NDMC instructions (“We denied this request because”)',
          url: ecfr('422.568'),
          confirmed: true,
          note: 'Read: the notice must state the specific reasons for the denial; the form asks for a specific and detailed explanation with any applicable Medicare coverage rule.',
        },
      ],
    },
  ],
}
