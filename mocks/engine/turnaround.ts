import type { CaseInput, GroupFunding, LineOfBusiness } from '../../src/api/schemas/case-fields.ts'
import type { Turnaround } from '../../src/api/schemas/case.ts'
import {
  PLAN_TIME_ZONE,
  addCalendarDays,
  wallTimeToInstant,
  zonedDate,
} from '../../src/domain/time-zone.ts'
import { holidayOn } from './holidays.ts'
import { days, hours, type Limit } from '../../src/domain/rule-limits.ts'

/**
 * When a decision (and its notice) is due. The rules are data with their sources, so
 * the case screen can say which rule set the clock and a compliance reader can check it.
 *
 * Convention: hour limits add elapsed hours to the received instant. Expedited day
 * limits (Washington's 1 and 2 calendar days) are 24-hour periods from receipt, the
 * strictest reading of "within one calendar day of submission": a request received just
 * after midnight is not given two days. Standard day limits count calendar days in the
 * plan's zone from the day after receipt, skip Washington legal holidays only where the
 * rule says so, and fall due at 23:59:59 local on the last day.
 */
export type { Limit }
export { days, hours }

interface TurnaroundRule {
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

export type TurnaroundCase = Pick<
  CaseInput,
  'lineOfBusiness' | 'groupFunding' | 'requestChannel' | 'urgency' | 'requestReceivedAt'
>

function applies(rule: TurnaroundRule, c: TurnaroundCase, receivedDate: string): boolean {
  const product = rule.products.some(
    (p) =>
      p.lineOfBusiness === c.lineOfBusiness &&
      (p.groupFunding === undefined || p.groupFunding === c.groupFunding),
  )
  return (
    product &&
    (rule.channels?.includes(c.requestChannel) ?? true) &&
    (rule.receivedFrom === undefined || receivedDate >= rule.receivedFrom) &&
    (rule.receivedBefore === undefined || receivedDate < rule.receivedBefore)
  )
}

/** When a limit counted from `received` falls due (also used by the appeal clock). */
export function dueAt(received: Date, limit: Limit): Date {
  if (limit.kind === 'hours') return new Date(received.getTime() + limit.hours * 3_600_000)
  let day = zonedDate(received, PLAN_TIME_ZONE)
  for (let counted = 0; counted < limit.days;) {
    day = addCalendarDays(day, 1)
    if (!(limit.skipHolidays && holidayOn(day))) counted += 1
  }
  const due = wallTimeToInstant(`${day}T23:59:59`, PLAN_TIME_ZONE)
  if (!due) throw new RangeError(`Cannot place ${day} 23:59:59 in ${PLAN_TIME_ZONE}`)
  return due
}

/** Throws when no rule applies (e.g. Commercial (group) without funding): input is validated first. */
export function computeTurnaround(c: TurnaroundCase): Turnaround {
  const received = new Date(c.requestReceivedAt)
  if (Number.isNaN(received.getTime()))
    throw new RangeError(`Not an instant: ${c.requestReceivedAt}`)
  const receivedDate = zonedDate(received, PLAN_TIME_ZONE)
  const rule = turnaroundRules.find((r) => applies(r, c, receivedDate))
  if (!rule) throw new Error(`No turnaround rule for ${c.lineOfBusiness} ${c.groupFunding ?? ''}`)
  const limit = rule[c.urgency]
  const ask = rule.askForInformation
  return {
    dueAt: dueAt(received, limit).toISOString(),
    timeZone: PLAN_TIME_ZONE,
    rule: {
      id: `${rule.id}-${c.urgency}`,
      label: `${rule.label}, ${c.urgency}`,
      limit: limit.text,
      source: rule.source,
    },
    ...(ask && {
      askForInformationBy: {
        dueAt: new Date(received.getTime() + ask.hours * 3_600_000).toISOString(),
        limit: ask.limit,
        source: ask.source,
      },
    }),
  }
}
