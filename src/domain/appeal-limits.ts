import type { GroupFunding, LineOfBusiness } from '../api/schemas/case-fields.ts'
import { days, hours, type Limit } from './rule-limits.ts'

/**
 * The appeal (reconsideration) clock and the time limit to ask, as data with sources.
 * Each limit says whether its text was confirmed against the source and what was read
 * (the compliance view lists them). The service sets a due time or a filing deadline
 * only from a limit it holds (`limit`), never from a guess: a settled limit whose text
 * could not be re-read here is still enforced, and says so in its note. A filing limit
 * that runs from the member's receipt of the notice sets no deadline, because the
 * receipt date is not recorded. Day limits count as the first clock counts them
 * (calendar days in plan time from the day after, due 23:59:59 on the last day).
 */
export type RuleLimit = {
  limit: Limit | null
  text: string
  source: string
  confirmed: boolean
  note: string | null
}

export type AppealRule = {
  id: string
  label: string
  products: { lineOfBusiness: LineOfBusiness; groupFunding?: GroupFunding }[]
  standard: RuleLimit
  expedited: RuleLimit
  /** Counted from the date of the denial notice (notices issue with the decision). */
  filing: RuleLimit
}

const confirmed = (limit: Limit, source: string, note: string): RuleLimit => ({
  limit,
  text: limit.text,
  source,
  confirmed: true,
  note,
})
/** Enforced as settled, though its current text was not re-read here: the note says so. */
const settled = (limit: Limit, source: string, note: string): RuleLimit => ({
  limit,
  text: limit.text,
  source,
  confirmed: false,
  note,
})
const unconfirmed = (text: string, source: string, note: string): RuleLimit => ({
  limit: null,
  text,
  source,
  confirmed: false,
  note,
})

export const appealRules: readonly AppealRule[] = [
  {
    id: 'medicare-advantage-reconsideration',
    label: 'Medicare Advantage reconsideration',
    products: [{ lineOfBusiness: 'medicare-advantage' }],
    standard: confirmed(
      days(30),
      '42 CFR 422.590(a)(1), (a)(2)',
      'Read: a favorable reconsidered determination, or an affirmation sent to the independent entity contracted by CMS, no later than 30 calendar days from the date the request is received.',
    ),
    expedited: confirmed(
      hours(72),
      '42 CFR 422.590(e); 422.619(a)',
      'The text of 422.590(e) itself was not found; the 72 hours were read in 42 CFR 422.619(a) (an expedited reversal no later than 72 hours after the request is received, or the 422.590(e) extension) and on CMS\u2019s Part C reconsideration page.',
    ),
    filing: settled(
      { ...days(65), text: '65 calendar days from the date of the notice' },
      '42 CFR 422.582(b)',
      'Not confirmed against the current regulation text, which was not retrieved here: 65 calendar days from the date of the notice of the organization determination since 2025-01-01, as issue 29 states from CMS-4205-F and HHS/CMS guidance of 2024-11-20 (one 2025 secondary source says 65; older CMS and Medicare.gov pages say 60). Enforced: a later request needs a good-cause note (422.582(c), not read), never a refusal.',
    ),
  },
  {
    id: 'wa-internal-appeal',
    label: 'Washington internal appeal (fully insured, Individual & Family)',
    products: [
      { lineOfBusiness: 'commercial-group', groupFunding: 'fully-insured' },
      { lineOfBusiness: 'individual-family' },
    ],
    standard: confirmed(
      days(14),
      'WAC 284-43-3110(1), (2)',
      'Read (a copy current through Wash. Reg. 24-21, 2024-11-01): the carrier notifies the appellant of the review decision within fourteen days of receipt of the request, or twenty days when it involves an experimental or investigational treatment; for good cause it may extend by up to sixteen days with notice of the extension and the reason. The 14 days are the due time for every case: the case does not record whether the service is experimental or investigational, and deciding within 14 days meets both limits. Extensions are not tracked.',
    ),
    expedited: unconfirmed(
      'Not confirmed',
      'WAC 284-43-3170',
      'Not confirmed: the text of WAC 284-43-3170 was not found. 72 hours appear in WAC 284-43-4040(2), for grandfathered plans only. No due time is set.',
    ),
    filing: unconfirmed(
      'Not confirmed (an insured employer group plan: at least 180 days from receipt of the notice, 29 CFR 2560.503-1(h)(3)(i))',
      'chapter 284-43 WAC, subchapter E; 29 CFR 2560.503-1(h)(3)(i)',
      'Not confirmed: no internal-appeal filing limit was found for Individual & Family plans (WAC 284-43-3150(5) gives 180 days for the external review, not the internal appeal). An insured employer group plan is an ERISA plan, whose 180 days run from receipt of the notice; the receipt date is not recorded. No filing deadline is enforced.',
    ),
  },
  {
    id: 'erisa-appeal',
    label: 'Self-funded (ERISA) appeal, one level',
    products: [{ lineOfBusiness: 'commercial-group', groupFunding: 'self-funded' }],
    standard: confirmed(
      days(30),
      '29 CFR 2560.503-1(i)(2)(ii)',
      'Pre-service claim, one level of appeal: not later than 30 days after the request for review is received. Read in Department of Labor-derived texts (the paragraph itself was not retrieved).',
    ),
    expedited: confirmed(
      hours(72),
      '29 CFR 2560.503-1(i)(2)(i)',
      'Urgent care claim: \u201cnot later than 72 hours after the receipt of the request for review\u201d (quoted from the paragraph in a secondary source).',
    ),
    filing: unconfirmed(
      'At least 180 days from receipt of the notice',
      '29 CFR 2560.503-1(h)(3)(i)',
      'Not confirmed (the paragraph itself was not retrieved; read in Department of Labor-derived texts): at least 180 days following receipt of the notification of the adverse benefit determination. The days run from the member\u2019s receipt of the notice, which is not recorded, so no filing deadline is enforced: a deadline counted from the decision could refuse an appeal made in time.',
    ),
  },
]
