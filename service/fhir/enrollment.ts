import { PAS_GUIDE_MEMBERS, PAS_GUIDE_SUBSCRIBER_IDS } from '../members/synthetic.ts'
import type { PlanProduct } from './code-systems.ts'

/**
 * The plan's enrollment records as `$submit` looks a member up when the Bundle does not
 * say the birth date or the plan: by the Patient's member identifier or the Coverage's
 * subscriber id. The records are the PAS guide's members the demo seeds
 * (service/members/synthetic.ts, SYNTHETIC), so the guide's requests run end to end
 * whatever the database holds. `$submit` parses before it opens a transaction, so it
 * reads these rather than the members table.
 */
export type Enrollment = PlanProduct & {
  memberIds: string[]
  subscriberIds: string[]
  dateOfBirth: string
  synthetic: true
}

export const ENROLLMENT: Enrollment[] = PAS_GUIDE_MEMBERS.map((m) => ({
  memberIds: [m.memberId],
  subscriberIds: PAS_GUIDE_SUBSCRIBER_IDS[m.memberId] ?? [],
  dateOfBirth: m.dateOfBirth,
  plan: m.coverage.plan,
  lineOfBusiness: m.coverage.lineOfBusiness,
  ...(m.coverage.groupFunding ? { groupFunding: m.coverage.groupFunding } : {}),
  synthetic: true,
}))

/** The enrollment record for a member id or a subscriber id, if the plan holds one. */
export function findEnrollment(memberId?: string, subscriberId?: string): Enrollment | undefined {
  return ENROLLMENT.find(
    (e) =>
      (memberId !== undefined && e.memberIds.includes(memberId)) ||
      (subscriberId !== undefined && e.subscriberIds.includes(subscriberId)),
  )
}
