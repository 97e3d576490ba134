import { NOT_HELD, type RightsSection } from './notice-template.ts'

const ecfr = (section: string) =>
  `https://www.ecfr.gov/current/title-42/chapter-IV/subchapter-B/part-422/section-${section}`

/** The same reading the appeal clock records (mocks/engine/appeal-turnaround.ts). */
const reconsideration30Days = {
  cite: '42 CFR 422.590(a)(1), (a)(2)',
  url: ecfr('422.590'),
  confirmed: true,
  note: 'Read (as recorded with the appeal clock): a reconsidered determination completely favorable to the enrollee, or an affirmation sent to the independent entity contracted by CMS, no later than 30 calendar days from the date the request is received.',
}

/** Medicare Advantage reconsideration: approved, or affirmed and sent to the independent entity. */
export const medicareAppealSections: Record<'approve' | 'uphold', RightsSection[]> = {
  approve: [
    {
      id: 'what-it-means',
      heading: 'What this decision means',
      paragraphs: [
        'We reconsidered our earlier decision and changed it: the service asked for is approved.',
        NOT_HELD.planContact,
      ],
      sources: [reconsideration30Days],
    },
  ],
  uphold: [
    {
      id: 'forwarded',
      heading: 'Your case has been sent to an independent reviewer',
      paragraphs: [
        'We reconsidered our earlier decision and did not change it, in whole or in part. When that happens, Medicare rules require us to send your case to an independent review entity that contracts with the Centers for Medicare & Medicaid Services (CMS). We have sent it, on the date shown above. You do not need to ask for this review.',
      ],
      sources: [
        {
          cite: '42 CFR 422.592(a)',
          url: ecfr('422.592'),
          confirmed: true,
          note: 'Read: when the MA organization affirms, in whole or in part, its adverse organization determination, the issues that remain in dispute must be reviewed and resolved by an independent, outside entity that contracts with CMS. (Read in a copy of the eCFR text that links an amendment of 86 FR 6102, Jan. 19, 2021, which was not read.)',
        },
        reconsideration30Days,
      ],
    },
    {
      id: 'independent-review',
      heading: 'What the independent reviewer does',
      paragraphs: [
        'The independent review entity reviews your case as quickly as your health requires, within the deadlines of its contract with CMS. You take part in its review as you did in ours.',
        NOT_HELD.planContact,
      ],
      sources: [
        {
          cite: '42 CFR 422.592(b), (c)',
          url: ecfr('422.592'),
          confirmed: true,
          note: 'Read: the independent entity must conduct the review as expeditiously as the enrollee’s health condition requires but must not exceed the deadlines specified in its contract; the parties are those who qualified during the MA organization’s reconsideration, with the addition of the MA organization.',
        },
      ],
    },
  ],
}
