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
  askForInformation?: { hours: number; limit: string; source: string }
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
      hours: 24,
      limit: '1 calendar day (24 hours from receipt)',
      source:
        'RCW 48.43.830 (E2SHB 1357): if information is insufficient, the carrier requests it within one calendar day of submission of the electronic request',
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
