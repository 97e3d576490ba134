import {
  NOT_HELD,
  type Citation,
  type NoticeTemplate,
  type RightsSection,
} from './notice-template.ts'
import { ecfr42 as ecfr, medicareReasonSources } from './sources.ts'

const subpartM =
  'the section headings of 42 CFR part 422, subpart M (a copy of the eCFR table of contents)'

/** The reconsideration clock, as the appeal clock records it (src/domain/appeal-limits.ts). */
export const reconsiderationTimes: Citation[] = [
  {
    cite: '42 CFR 422.590(a)(1), (a)(2)',
    url: ecfr('422.590'),
    confirmed: true,
    note: 'Read: a reconsidered determination completely favorable to the enrollee, or an affirmation sent to the independent entity contracted by CMS, as expeditiously as the enrollee’s health condition requires but no later than 30 calendar days from the date the request for a standard reconsideration is received (except as provided in paragraph (f)).',
  },
  {
    cite: '42 CFR 422.590(e), (f)',
    url: ecfr('422.590'),
    confirmed: false,
    note: 'Not confirmed: the text of paragraphs (e) (expedited, 72 hours) and (f) (extensions) was not retrieved. The 72 hours were read in 42 CFR 422.619(a) and on CMS’s Part C reconsideration page; the extension of up to 14 days, in some cases, on Medicare.gov (“Level 1: Reconsideration”) and, for organization determinations, in 42 CFR 422.572(b) (written reasons for the delay and the right to an expedited grievance).',
  },
]

/** What follows an upheld reconsideration: the independent entity, then the levels after it. */
export const medicareLevelsAfter: RightsSection = {
  id: 'rest-of-process',
  heading: 'The rest of the appeals process',
  paragraphs: [
    'If we keep our decision, in whole or in part, we automatically send your case to an independent review entity that contracts with the Centers for Medicare & Medicaid Services (CMS). You do not need to ask for this review.',
    'If you disagree with the independent review entity’s decision, you may ask for a hearing before an Administrative Law Judge. After that come review by the Medicare Appeals Council and then review by a federal court. Each decision letter tells you how and when to ask for the next level.',
  ],
  sources: [
    {
      cite: '42 CFR 422.592(a)',
      url: ecfr('422.592'),
      confirmed: true,
      note: 'Read: when the MA organization affirms, in whole or in part, its adverse organization determination, the issues that remain in dispute must be reviewed and resolved by an independent, outside entity that contracts with CMS.',
    },
    {
      cite: '42 CFR 422.600, 422.608, 422.612',
      url: ecfr('422.600'),
      confirmed: false,
      note: `Not confirmed: only ${subpartM} were read (“Right to a hearing”, “Medicare Appeals Council (Council) review”, “Judicial review”); their time limits and the amount in controversy for each level were not retrieved, so the letter states none.`,
    },
  ],
}

/** The help block every Medicare Advantage letter carries. */
export const medicareHelp: RightsSection = {
  id: 'help',
  heading: 'Get help with your appeal',
  paragraphs: [
    'Call us. ' + NOT_HELD.planContact,
    'You can also call 1-800-MEDICARE (1-800-633-4227). TTY users call 1-877-486-2048.',
  ],
  sources: [
    {
      cite: 'Medicare.gov, “Medicare health plan appeals”',
      url: 'https://www.medicare.gov/claims-appeals/how-do-i-file-an-appeal',
      confirmed: false,
      note: 'Not confirmed: the TTY number 1-877-486-2048 was read in plan and broker notices that quote it, not on a CMS or Medicare.gov page retrieved here; 1-800-MEDICARE (1-800-633-4227) was read on a Medicare Advantage plan’s appeals page. The form instructions for the Integrated Denial Notice were not read for the help block’s required wording.',
    },
  ],
}

/** Medicare Advantage: the content of CMS's Integrated Denial Notice, 42 CFR 422.568(e). */
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
        'To ask for a standard reconsideration, write to us. To ask for an expedited reconsideration, call or write to us and say you need a fast decision.',
        NOT_HELD.planContact,
      ],
      sources: [
        {
          cite: '42 CFR 422.568(e)(3), (e)(4)(i)',
          url: ecfr('422.568'),
          confirmed: true,
          note: 'Read: the notice must inform the enrollee of the right to a reconsideration and, for service denials, describe both the standard and expedited reconsideration processes, including the right to and conditions for an expedited one, and the rest of the appeals processes.',
        },
      ],
    },
    {
      id: 'who-may-ask',
      heading: 'Who may ask, and how to name a representative',
      paragraphs: [
        'You may ask yourself. Your doctor may ask for you: for a standard reconsideration your doctor must tell you first, and your doctor may ask for an expedited one.',
        'You may also name someone to act for you (a representative), such as a relative, a friend, a lawyer or a doctor. To name one, you and that person sign an Appointment of Representative form (CMS-1696) or a letter with the same information, and send it with your request.',
      ],
      sources: [
        {
          cite: '42 CFR 422.578',
          url: ecfr('422.578'),
          confirmed: true,
          note: 'Read (eCFR text current to 2026-04-05): any party may request a reconsideration; a physician who is providing treatment may, upon providing notice to the enrollee, request a standard pre-service reconsideration on the enrollee’s behalf; an enrollee or physician may request an expedited reconsideration.',
        },
        {
          cite: '42 CFR 422.561 (representative); Form CMS-1696',
          url: ecfr('422.561'),
          confirmed: false,
          note: 'Not confirmed: the definition of representative in 42 CFR 422.561 was not retrieved. The appointment (both sign Form CMS-1696 or an equivalent written statement, sent with the request) was read on plan and Medicare contractor pages and CMS’s Part C reconsideration page refers to the appeals guidance for appointing a representative.',
        },
      ],
    },
    {
      id: 'time-limit',
      heading: 'When to ask',
      paragraphs: [
        'Your request must be filed within 65 calendar days from the date of this notice. If you have a good reason for being late, you may still ask: tell us why with your request.',
      ],
      sources: [
        {
          cite: '42 CFR 422.582(b)',
          url: ecfr('422.582'),
          confirmed: false,
          note: 'Not confirmed against the regulation’s text here: the current 422.582 was not retrieved. The 65 calendar days (since 2025-01-01) are as issue 29 states from CMS-4205-F and HHS/CMS guidance of 2024-11-20; one 2025 secondary source says 65, while CMS and Medicare.gov pages found (undated, older) still say 60. The good-cause extension (422.582(c)) was not read.',
        },
      ],
    },
    {
      id: 'decision-times',
      heading: 'How long a reconsideration takes',
      paragraphs: [
        'We decide a standard reconsideration as quickly as your health requires, and no later than 30 calendar days after we receive your request. We decide an expedited reconsideration no later than 72 hours after we receive it.',
        'In some cases we may take up to 14 more calendar days, for example when we need records from a provider outside our network and the delay is in your interest. If we do, we tell you in writing why, and you may file an expedited grievance if you disagree.',
      ],
      sources: reconsiderationTimes,
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
    medicareLevelsAfter,
    medicareHelp,
  ],
}
