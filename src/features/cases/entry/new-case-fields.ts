import { emptyCaseFields, type CaseFields } from '../../../api/schemas/case-fields.ts'
import { PLAN_TIME_ZONE, toWallTime } from '../../../domain/time-zone.ts'

/** A fresh form: empty, but "Request received" starts at now in plan time. */
export function newCaseFields(now = new Date()): CaseFields {
  return { ...emptyCaseFields, requestReceivedAt: toWallTime(now, PLAN_TIME_ZONE) }
}
