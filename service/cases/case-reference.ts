import { PLAN_TIME_ZONE, zonedParts } from '../../src/domain/time-zone.ts'
import type { MockDb } from '../store.ts'

/**
 * The next case reference, `UM-<year>-<six digits>`: sequential within the plan's
 * calendar year of creation (America/Los_Angeles), as people say and search it.
 */
export function nextCaseReference(db: MockDb, createdAt: Date): string {
  const year = String(zonedParts(createdAt, PLAN_TIME_ZONE).year)
  const n = (Object.hasOwn(db.referenceSequence, year) ? db.referenceSequence[year]! : 0) + 1
  db.referenceSequence = { ...db.referenceSequence, [year]: n }
  return `UM-${year}-${String(n).padStart(6, '0')}`
}
