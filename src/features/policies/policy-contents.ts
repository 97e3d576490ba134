import type { PolicyDetail } from '../../api/schemas/policy.ts'

export type ContentsEntry = { id: string; label: string }

/**
 * The document's parts in source order. Labels come from the policy where it has a
 * heading; "Notice", "Review timeline" and "Dates" are the app's own words.
 */
export function policyContents(policy: PolicyDetail): ContentsEntry[] {
  return [
    { id: 'notice', label: 'Notice' },
    { id: 'criteria', label: policy.criteriaHeading },
    { id: 'background', label: policy.backgroundHeading },
    { id: 'mtac', label: policy.mtacHeading },
    { id: 'timeline', label: 'Review timeline' },
    { id: 'codes', label: policy.codesHeading },
    { id: 'dates', label: 'Dates' },
    { id: 'revision-history', label: policy.revisionHistory.columns[0] },
  ]
}
