import { useState } from 'react'
import { lookUpMember } from '../../../api/queries/members.ts'
import type { CaseFields } from '../../../api/schemas/case-fields.ts'
import type { MemberRecord } from '../../../api/schemas/member.ts'
import { fieldLabels } from '../../../domain/case-rules.ts'
import { enrolledValues, enrollmentDifferences } from '../../../domain/enrollment.ts'
import { isValidMemberId, normalizeMemberId } from '../../../domain/member-id.ts'
import { useLookup } from './use-lookup.ts'

export const CORRECTION_REASON_ID = 'enrollmentCorrectionReason'
export const CORRECTION_REASON_MISSING = 'Enter why the case differs from the enrollment record'

/** What case entry fills from an enrollment record. */
function filledFrom(m: MemberRecord): Partial<CaseFields> {
  const v = enrolledValues(m)
  return {
    dateOfBirth: v.dateOfBirth,
    lineOfBusiness: v.lineOfBusiness as CaseFields['lineOfBusiness'],
    groupFunding: v.groupFunding as CaseFields['groupFunding'],
    plan: v.plan as CaseFields['plan'],
  }
}

/**
 * The member's enrollment at case entry: looked up by member ID, it fills what it knows;
 * a value the reviewer then changes needs a reason, which goes on the case's audit trail.
 */
export function useMemberEnrollment(form: {
  fields: CaseFields
  fillFields: (values: Partial<CaseFields>) => void
  blurField: (name: 'memberId') => void
}) {
  const { lookup, lookUp } = useLookup(lookUpMember)
  const [reason, setReasonText] = useState('')
  const [reasonError, setReasonError] = useState<string>()
  const memberId = normalizeMemberId(form.fields.memberId)
  // A record applies only to the member ID it was found for.
  const member = lookup.state === 'found' && lookup.key === memberId ? lookup.record : null
  const differs = member ? enrollmentDifferences(member, form.fields) : []

  async function run() {
    if (!isValidMemberId(memberId)) return form.blurField('memberId')
    const found = await lookUp(memberId)
    if (found) form.fillFields(filledFrom(found))
  }

  function setReason(text: string) {
    setReasonText(text)
    if (text.trim()) setReasonError(undefined)
  }

  /** On submit: the error summary's entry when a reason is owed and missing. */
  function check() {
    const missing = differs.length > 0 && !reason.trim()
    setReasonError(missing ? CORRECTION_REASON_MISSING : undefined)
    return missing ? [{ fieldId: CORRECTION_REASON_ID, message: CORRECTION_REASON_MISSING }] : []
  }

  return {
    lookup,
    member,
    differs: differs.map((f) => fieldLabels[f]),
    reason,
    setReason,
    reasonError,
    run,
    check,
    /** What POST /cases carries: the reason, only when something differs. */
    inputReason: differs.length > 0 && reason.trim() ? reason.trim() : undefined,
  }
}
export type MemberEnrollment = ReturnType<typeof useMemberEnrollment>
