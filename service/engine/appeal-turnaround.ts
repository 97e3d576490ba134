import type { GroupFunding, LineOfBusiness, Urgency } from '../../src/api/schemas/case-fields.ts'
import type { AppealClock } from '../../src/api/schemas/case.ts'
import { PLAN_TIME_ZONE } from '../../src/domain/time-zone.ts'
import { appealRules, type RuleLimit } from '../../src/domain/appeal-limits.ts'
import { dueAt } from './turnaround.ts'

export { appealRules }

export type AppealClockInput = {
  lineOfBusiness: LineOfBusiness
  groupFunding?: GroupFunding
  urgency: Urgency
  /** When the appeal reached the plan. */
  receivedAt: string
  /** When the denial's notice issued. */
  noticeAt: string
}

export function appealRuleFor(c: Pick<AppealClockInput, 'lineOfBusiness' | 'groupFunding'>) {
  const rule = appealRules.find((r) =>
    r.products.some(
      (p) =>
        p.lineOfBusiness === c.lineOfBusiness &&
        (p.groupFunding === undefined || p.groupFunding === c.groupFunding),
    ),
  )
  if (!rule) throw new Error(`No appeal rule for ${c.lineOfBusiness} ${c.groupFunding ?? ''}`)
  return rule
}

const words = ({ text, source, confirmed, note }: RuleLimit) => ({ text, source, confirmed, note })

/** Throws only for a product without a rule (Commercial (group) without funding): validated first. */
export function computeAppealClock(c: AppealClockInput): AppealClock {
  const rule = appealRuleFor(c)
  const limit = rule[c.urgency]
  return {
    dueAt: limit.limit ? dueAt(new Date(c.receivedAt), limit.limit).toISOString() : null,
    timeZone: PLAN_TIME_ZONE,
    rule: { id: `${rule.id}-${c.urgency}`, label: `${rule.label}, ${c.urgency}`, ...words(limit) },
    filingLimit: words(rule.filing),
    filingDeadline: rule.filing.limit
      ? dueAt(new Date(c.noticeAt), rule.filing.limit).toISOString()
      : null,
  }
}
