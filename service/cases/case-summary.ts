import type { CaseSummary, StoredCase } from '../../src/api/schemas/case.ts'
import type { PolicyDetail } from '../../src/api/schemas/policy.ts'
import { maskMemberId } from '../../src/domain/member-id.ts'
import { yearsBetween } from '../../src/domain/plain-date.ts'
import { normalizeServiceCode } from '../../src/domain/service-codes.ts'
import { PLAN_TIME_ZONE, isRealIsoDate, zonedDate } from '../../src/domain/time-zone.ts'

/** HCPCS Level II descriptions by code; CPT descriptions are AMA-licensed and never listed. */
export function hcpcsDescriptions(library: readonly PolicyDetail[]): Map<string, string> {
  const map = new Map<string, string>()
  for (const p of library)
    for (const g of p.codeGroups)
      for (const c of g.codes)
        if (c.system === 'HCPCS') map.set(normalizeServiceCode(c.code), c.description)
  return map
}

/** A member's age in whole years on the plan's today; null for a date that is not one. */
export function memberAge(dateOfBirth: string | undefined, now: Date): number | null {
  if (!dateOfBirth || !isRealIsoDate(dateOfBirth)) return null
  return yearsBetween(dateOfBirth, planToday(now))
}

// A worklist page asks the plan's date of one `now` for each of its 50 rows, and Intl's
// formatToParts is the costliest step of a row: the last answer is kept.
let lastNow = NaN
let lastToday = ''
function planToday(now: Date): string {
  const ms = now.getTime()
  if (ms !== lastNow) {
    lastToday = zonedDate(now, PLAN_TIME_ZONE)
    lastNow = ms
  }
  return lastToday
}

export function caseSummary(
  c: StoredCase,
  descriptions: Map<string, string>,
  now: Date = new Date(),
): CaseSummary {
  return {
    id: c.id,
    reference: c.reference,
    status: c.status,
    memberIdMasked: maskMemberId(c.input.memberId),
    memberAge: memberAge(c.input.dateOfBirth, now),
    serviceCode: c.input.serviceCode,
    serviceDescription: descriptions.get(normalizeServiceCode(c.input.serviceCode)) ?? null,
    lineOfBusiness: c.input.lineOfBusiness,
    urgency: c.input.urgency,
    receivedAt: c.input.requestReceivedAt,
    dueAt: c.turnaround.dueAt,
    outcome: c.determination.outcome,
    assignedTo: c.assignedTo,
    // Only an appeal in review runs on the appeal clock; other summaries keep their shape.
    ...(c.status === 'appeal-in-review' ? { appealDueAt: c.appeal?.clock.dueAt ?? null } : {}),
  }
}
