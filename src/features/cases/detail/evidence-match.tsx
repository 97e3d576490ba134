import type { Determination } from '../../../api/schemas/case.ts'

/**
 * Whether the MTAC evidence speaks to this case's diagnoses. The answer comes from a
 * value set the app team keeps, not from the policy, and says so.
 */
export function EvidenceMatch({ evidence }: { evidence: Determination['evidence'] }) {
  const { addressesDiagnoses, matchingCodes, valueSet } = evidence
  const plural = matchingCodes.length === 1 ? 'diagnosis' : 'diagnoses'
  return (
    // Neutral either way: the MTAC found this evidence against the therapy, so a match is no success.
    <div className="notice">
      <p>
        <strong>
          {addressesDiagnoses
            ? `Evidence addresses this case's ${plural} (${matchingCodes.join(', ')}).`
            : 'The MTAC evidence on file addresses low back pain, while the criteria apply to any indication.'}
        </strong>
      </p>
      {/* How the match is made, a click away: the headline above is what a decider needs. */}
      <details className="app-text">
        <summary className="app-text__label">{valueSet.name}</summary>
        {valueSet.codes.join(', ')}. {valueSet.note}
      </details>
    </div>
  )
}
