import type { GroupFunding, LineOfBusiness } from '../api/schemas/case-fields.ts'
import { days, hours, type Limit } from './rule-limits.ts'

/**
 * The appeal (reconsideration) clock and the time limit to ask, as data with sources.
 * Each limit says whether its text was confirmed with the search tool and what was
 * read; the service sets a due time or a filing deadline only from a confirmed limit,
 * never from a guess. Day limits count as the first clock counts them (calendar days
 * in plan time from the day after, due 23:59:59 on the last day); hour limits add hours.
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
  /** Counted from the denial notice (the decision time: notices issue with it). */
  filing: RuleLimit
}

const confirmed = (limit: Limit, source: string, note: string): RuleLimit => ({
  limit,
  text: limit.text,
  source,
  confirmed: true,
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
    filing: unconfirmed(
      '65 calendar days from the date of the notice',
      '42 CFR 422.582(b)',
      'Not confirmed: the product brief (not in this repository) says 65 calendar days, but the texts found (a copy of 42 CFR 422.582(b) and CMS\u2019s Part C reconsideration page, both undated) say 60. No filing deadline is enforced until the current text is confirmed.',
    ),
  },
  {
    id: 'wa-internal-appeal',
    label: 'Washington internal appeal (fully insured, Individual & Family)',
    products: [
      { lineOfBusiness: 'commercial-group', groupFunding: 'fully-insured' },
      { lineOfBusiness: 'individual-family' },
    ],
    standard: unconfirmed(
      'Not confirmed',
      'WAC 284-43-3110 (chapter 284-43 WAC, subchapter E)',
      'Not confirmed: the text of the subchapter E internal review rule was not found. Found only WAC 284-43-4040(1), for grandfathered plans: 14 days, extendable to 30 with notice. No due time is set.',
    ),
    expedited: unconfirmed(
      'Not confirmed',
      'WAC 284-43-3170',
      'Not confirmed: the text of WAC 284-43-3170 was not found. 72 hours appear in WAC 284-43-4040(2), for grandfathered plans only. No due time is set.',
    ),
    filing: unconfirmed(
      'Not confirmed',
      'chapter 284-43 WAC, subchapter E',
      'Not confirmed: no internal-appeal filing limit was found (WAC 284-43-3150(5) gives 180 days for the external review, not the internal appeal). No filing deadline is enforced.',
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
    filing: confirmed(
      days(180),
      '29 CFR 2560.503-1(h)(3)(i)',
      'At least 180 days after the notice of the adverse benefit determination to appeal. Read in Department of Labor-derived texts (the paragraph itself was not retrieved).',
    ),
  },
]
