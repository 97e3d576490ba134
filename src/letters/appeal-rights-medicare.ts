import { NOT_HELD, type RightsSection } from './notice-template.ts'
import { medicareHelp, medicareLevelsAfter, reconsiderationTimes } from './rights-medicare.ts'
import { ecfr42 as ecfr } from './sources.ts'

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
      sources: [reconsiderationTimes[0]!],
    },
    medicareHelp,
  ],
  uphold: [
    {
      id: 'forwarded',
      heading: 'Your case has been sent to an independent reviewer',
      paragraphs: [
        'We reconsidered our earlier decision and did not change it, in whole or in part. When that happens, Medicare rules require us to send your case to an independent review entity that contracts with the Centers for Medicare & Medicaid Services (CMS). We have sent it, on the date shown above. You do not need to ask for this review.',
      ],
      sources: [medicareLevelsAfter.sources[0]!, reconsiderationTimes[0]!],
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
    {
      ...medicareLevelsAfter,
      paragraphs: [medicareLevelsAfter.paragraphs[1]!],
      sources: [medicareLevelsAfter.sources[1]!],
    },
    medicareHelp,
  ],
}
