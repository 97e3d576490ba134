import type { CaseInput } from '../../src/api/schemas/case-fields.ts'
import type { CaseParties } from '../../src/api/schemas/case.ts'
import { fieldLabels } from '../../src/domain/case-rules.ts'
import { enrolledValues, enrollmentDifferences } from '../../src/domain/enrollment.ts'
import { own, type MockDb, type Need } from '../store.ts'

/** What creating a case with this input reads: its member's enrollment and its provider. */
export function partiesNeed(input: Pick<CaseInput, 'memberId' | 'requestingProviderNpi'>): Need {
  return {
    members: [input.memberId],
    ...(input.requestingProviderNpi ? { providers: [input.requestingProviderNpi] } : {}),
  }
}

/** The member's and provider's records as they stand now: the case keeps this copy. */
export function partiesAtEntry(db: MockDb, input: CaseInput): CaseParties {
  const npi = input.requestingProviderNpi
  return {
    member: own(db.members, input.memberId) ?? null,
    provider: (npi && own(db.providers, npi)) || null,
  }
}

/**
 * The audit line for a case entered other than enrollment says (null when it agrees, or
 * no record is on file): each field with both values, and the reviewer's reason.
 */
export function enrollmentCorrection(parties: CaseParties, input: CaseInput) {
  const { member } = parties
  if (!member) return null
  const differs = enrollmentDifferences(member, input)
  if (differs.length === 0) return null
  const enrolled = enrolledValues(member)
  const said = (v: string | undefined) => (v ? `“${v}”` : 'none')
  const parts = differs.map(
    (f) => `${fieldLabels[f]} entered ${said(input[f])}, enrollment says ${said(enrolled[f])}`,
  )
  return {
    summary: `Entered other than the enrollment record: ${parts.join('; ')}`,
    reason: input.enrollmentCorrectionReason ?? null,
  }
}
