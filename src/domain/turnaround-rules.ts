import type { CaseInput, GroupFunding, LineOfBusiness } from '../api/schemas/case-fields.ts'
import { days, hours, type Limit } from './rule-limits.ts'

/**
 * The first decision's clock, as data with sources (the mock service computes due times
 * from it; the compliance view lists it). Convention: see service/engine/turnaround.ts.
 */
export interface TurnaroundRule {
  id: string
  label: string
  source: string
  /** Products the rule covers; a product without groupFunding matches any funding. */
  products: { lineOfBusiness: LineOfBusiness; groupFunding?: GroupFunding }[]
  channels?: CaseInput['requestChannel'][]
  /** Local (America/Los_Angeles) receipt dates, YYYY-MM-DD: from inclusive, before exclusive. */
  receivedFrom?: string
  receivedBefore?: string
  standard: Limit
  expedited: Limit
  /** A second clock: more information must be asked for within this time of receipt. */
  askForInformation?: InformationRequestRule
}

/** By when a carrier must ask for missing information, counted like the decision limits. */
export interface InformationRequestRule {
  standard: Limit
  expedited: Limit
  source: string
  /** Whether the limit's words were read in the rule's own text, and what was read. */
  confirmed: boolean
  note: string
  /** Local receipt date the clock starts applying from (inclusive), YYYY-MM-DD. */
  receivedFrom?: string
  channels?: CaseInput['requestChannel'][]
}

/** A calendar-day limit read as 24-hour periods (expedited requests). */
const dayPeriods = (n: number): Limit => ({
  kind: 'hours',
  hours: 24 * n,
  text: `${n} calendar day${n === 1 ? '' : 's'} (${24 * n} hours from receipt)`,
})
const medicare = [{ lineOfBusiness: 'medicare-advantage' as const }]
const stateRegulated = [
  { lineOfBusiness: 'commercial-group' as const, groupFunding: 'fully-insured' as const },
  { lineOfBusiness: 'individual-family' as const },
]

/** Checked in order; the first rule that applies sets the clock. */
export const turnaroundRules: readonly TurnaroundRule[] = [
  {
    id: 'medicare-advantage-2026',
    label: 'Medicare Advantage, received on or after January 1, 2026',
    source: 'CMS-0057-F',
    products: medicare,
    receivedFrom: '2026-01-01',
    standard: days(7),
    expedited: hours(72),
  },
  {
    id: 'medicare-advantage',
    label: 'Medicare Advantage, received before 2026-01-01',
    source: '42 CFR 422.568, 422.572',
    products: medicare,
    receivedBefore: '2026-01-01',
    standard: days(14),
    expedited: hours(72),
  },
  {
    id: 'wa-electronic',
    label: 'Commercial fully insured or Individual & Family, electronic request',
    source: 'RCW 48.43.830 (E2SHB 1357), from 2024-01-01',
    products: stateRegulated,
    channels: ['electronic'],
    receivedFrom: '2024-01-01',
    standard: days(3, true),
    expedited: dayPeriods(1),
    askForInformation: {
      standard: dayPeriods(1),
      expedited: dayPeriods(1),
      source:
        'RCW 48.43.830 (E2SHB 1357): if information is insufficient, the carrier requests it within one calendar day of submission of the electronic request',
      confirmed: false,
      note: 'Read in the parallel text of RCW 74.09.840(1)(a) (same bill, E2SHB 1357, for Medicaid managed care) and the WSMA Prior Authorization Navigator; the official text of RCW 48.43.830 itself was not retrieved.',
    },
  },
  {
    // Also catches electronic requests received before 2024-01-01, when the electronic
    // timelines of E2SHB 1357 began.
    id: 'wa-non-electronic',
    label: 'Commercial fully insured or Individual & Family, fax / phone request',
    source: 'RCW 48.43.830',
    products: stateRegulated,
    standard: days(5),
    expedited: dayPeriods(2),
    // Only for requests that are truly non-electronic and received once E2SHB 1357's
    // timelines began: this rule also catches pre-2024 electronic requests.
    askForInformation: {
      standard: days(5),
      expedited: dayPeriods(1),
      source:
        'RCW 48.43.830 (E2SHB 1357): for a nonelectronic request with insufficient information, the carrier requests it within five calendar days (standard) or one calendar day (expedited) of submission',
      confirmed: false,
      note: 'Read in the WSMA Prior Authorization Navigator ("must request it within five calendar days of the submission" for standard, "within one calendar day" for expedited nonelectronic requests) and the parallel RCW 74.09.840 (same bill); calendar days, not business days. The official text of RCW 48.43.830 itself was not retrieved.',
      receivedFrom: '2024-01-01',
      channels: ['fax-phone'],
    },
  },
  {
    id: 'erisa-self-funded',
    label: 'Commercial self-funded (ERISA)',
    source: '29 CFR 2560.503-1',
    products: [{ lineOfBusiness: 'commercial-group', groupFunding: 'self-funded' }],
    standard: days(15),
    expedited: hours(72),
  },
]
