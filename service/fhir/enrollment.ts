import type { PlanProduct } from './code-systems.ts'

/**
 * The plan's enrollment records as `$submit` looks a member up when the Bundle does not
 * say the birth date or the plan: by the Patient's member identifier or the Coverage's
 * subscriber id. SYNTHETIC, like every member in this demo: the only records are the
 * members of the Da Vinci PAS guide's own examples (HL7/davinci-pas 2.2.1,
 * `SubscriberExample` MIN 12345678901 with subscriber id 1122334455, and
 * `BeneficiaryExample` MIN 12345678902), so the guide's requests run end to end. The
 * guide gives no birth date for SubscriberExample: the one here is made up, and
 * BeneficiaryExample's is the guide's. The product each is enrolled in is this demo's.
 */
export type Enrollment = PlanProduct & {
  memberIds: string[]
  subscriberIds: string[]
  dateOfBirth: string
  synthetic: true
}

export const ENROLLMENT: Enrollment[] = [
  {
    memberIds: ['12345678901'],
    subscriberIds: ['1122334455'],
    dateOfBirth: '1950-01-01',
    plan: 'kfhpwa',
    lineOfBusiness: 'individual-family',
    synthetic: true,
  },
  {
    memberIds: ['12345678902'],
    subscriberIds: [],
    dateOfBirth: '1947-01-18',
    plan: 'kfhpwa',
    lineOfBusiness: 'individual-family',
    synthetic: true,
  },
]

/** The enrollment record for a member id or a subscriber id, if the plan holds one. */
export function findEnrollment(memberId?: string, subscriberId?: string): Enrollment | undefined {
  return ENROLLMENT.find(
    (e) =>
      (memberId !== undefined && e.memberIds.includes(memberId)) ||
      (subscriberId !== undefined && e.subscriberIds.includes(subscriberId)),
  )
}
