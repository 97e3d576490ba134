import type { StoredCase } from '../../src/api/schemas/case.ts'
import type { ListQuery } from './list-query.ts'
import { decidedOnTime, initialDecision, planYear } from './initial-decision.ts'

/**
 * The worklist filters that reach the cases behind a metric: the first final decision's
 * plan-time year, whether it approved or denied, and whether it was on time. Undefined
 * when the query asks for none of them, so the common list pays nothing.
 */
export function metricFilter(query: ListQuery): ((c: StoredCase) => boolean) | undefined {
  const { decidedYear, initialDecision: wanted, onTime } = query
  if (decidedYear === undefined && wanted === undefined && onTime === undefined) return undefined
  return (c) => {
    const d = initialDecision(c)
    if (!d) return false
    if (decidedYear !== undefined && planYear(d.decidedAt) !== decidedYear) return false
    if (wanted !== undefined && d.action !== wanted) return false
    return onTime === undefined || decidedOnTime(c, d) === onTime
  }
}
