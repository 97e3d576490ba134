import type { CaseInput } from '../api/schemas/case-fields.ts'
import type { MemberRecord } from '../api/schemas/member.ts'

/** What case entry fills from enrollment, and the reviewer may correct (with a reason). */
export const ENROLLED_FIELDS = ['dateOfBirth', 'lineOfBusiness', 'groupFunding', 'plan'] as const
export type EnrolledField = (typeof ENROLLED_FIELDS)[number]

type Entered = Pick<CaseInput, EnrolledField> | Record<EnrolledField, string | undefined>

/** The enrollment record's value of each field the case form fills ('' where it holds none). */
export function enrolledValues(m: MemberRecord): Record<EnrolledField, string> {
  return {
    dateOfBirth: m.dateOfBirth,
    lineOfBusiness: m.coverage.lineOfBusiness,
    // Funding matters only for a group plan; elsewhere the form keeps none.
    groupFunding:
      m.coverage.lineOfBusiness === 'commercial-group' ? (m.coverage.groupFunding ?? '') : '',
    plan: m.coverage.plan,
  }
}

/** The fields where what was entered differs from enrollment, in form order. */
export function enrollmentDifferences(m: MemberRecord, entered: Entered): EnrolledField[] {
  const enrolled = enrolledValues(m)
  const value = (f: EnrolledField) =>
    f === 'groupFunding' && entered.lineOfBusiness !== 'commercial-group'
      ? ''
      : ((entered[f] as string | undefined) ?? '').trim()
  return ENROLLED_FIELDS.filter((f) => value(f) !== enrolled[f])
}
