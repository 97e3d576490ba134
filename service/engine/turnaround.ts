import type { CaseInput } from '../../src/api/schemas/case-fields.ts'
import type { Turnaround } from '../../src/api/schemas/case.ts'
import {
  PLAN_TIME_ZONE,
  addCalendarDays,
  wallTimeToInstant,
  zonedDate,
} from '../../src/domain/time-zone.ts'
import { holidayOn } from './holidays.ts'
import { days, hours, type Limit } from '../../src/domain/rule-limits.ts'
import { turnaroundRules, type TurnaroundRule } from '../../src/domain/turnaround-rules.ts'

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
export { days, hours, turnaroundRules }

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
  const asks =
    ask &&
    (ask.channels?.includes(c.requestChannel) ?? true) &&
    (ask.receivedFrom === undefined || receivedDate >= ask.receivedFrom)
  const askLimit = ask?.[c.urgency]
  return {
    dueAt: dueAt(received, limit).toISOString(),
    timeZone: PLAN_TIME_ZONE,
    rule: {
      id: `${rule.id}-${c.urgency}`,
      label: `${rule.label}, ${c.urgency}`,
      limit: limit.text,
      source: rule.source,
    },
    ...(asks &&
      askLimit && {
        askForInformationBy: {
          dueAt: dueAt(received, askLimit).toISOString(),
          limit: askLimit.text,
          source: ask.source,
        },
      }),
  }
}
