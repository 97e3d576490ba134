import { lineOfBusinessLabels, groupFundingLabels, planLabels } from '../../../api/labels.ts'
import { Field } from '../../../components/form/field.tsx'
import { formatPlainDate } from '../../../domain/plain-date.ts'
import { AddressLines, SyntheticTag } from './party-card.tsx'
import { CORRECTION_REASON_ID, type MemberEnrollment } from './use-member-enrollment.ts'

const FILLED = 'Date of birth, line of business and plan are filled from enrollment: check them.'

/** What the live region says about the last lookup (one sentence, read once). */
function said(e: MemberEnrollment): string {
  const l = e.lookup
  if (l.state === 'loading') return 'Looking up enrollment…'
  if (l.state === 'none')
    return 'No enrollment record for this member ID; you can still enter the case.'
  if (l.state === 'failed')
    return `Enrollment could not be looked up: ${l.message} You can still enter the case.`
  if (e.member) return `Enrollment record found: ${e.member.name}. ${FILLED}`
  return ''
}

/** The "Look up" button under the member ID, what it found, and the correction reason. */
export function MemberLookup({ enrollment: e }: { enrollment: MemberEnrollment }) {
  const m = e.member
  return (
    <div className="party-lookup">
      <button
        type="button"
        className="button button--secondary"
        onClick={() => void e.run()}
        disabled={e.lookup.state === 'loading'}
      >
        Look up enrollment
      </button>
      <p role="status" className="hint party-lookup__status">
        {said(e)}
      </p>
      {m && (
        <div className="party-card" role="group" aria-label="Enrollment record">
          <p className="party-card__name">
            {m.name} <SyntheticTag synthetic={m.synthetic} />
          </p>
          <p className="party-card__address">
            <AddressLines address={m.address} />
          </p>
          <p>
            Born {formatPlainDate(m.dateOfBirth)}. {lineOfBusinessLabels[m.coverage.lineOfBusiness]}
            {m.coverage.groupFunding
              ? ` (${groupFundingLabels[m.coverage.groupFunding]})`
              : ''}, {planLabels[m.coverage.plan]}
            {m.coverage.groupNumber ? `, group ${m.coverage.groupNumber}` : ''}; covered from{' '}
            {formatPlainDate(m.coverage.effectiveFrom)}
            {m.coverage.effectiveTo ? ` to ${formatPlainDate(m.coverage.effectiveTo)}` : ''}.
          </p>
        </div>
      )}
    </div>
  )
}

/** Shown once a value filled from enrollment was changed: why, for the audit trail. */
export function CorrectionReason({ enrollment: e }: { enrollment: MemberEnrollment }) {
  return (
    <>
      {e.differs.length > 0 && (
        <Field
          id={CORRECTION_REASON_ID}
          label="Reason for correcting enrollment"
          hint={`${e.differs.join(', ')} ${e.differs.length > 1 ? 'differ' : 'differs'} from the enrollment record. Say why; the reason goes on the case's audit trail.`}
          error={e.reasonError}
        >
          {(describedBy) => (
            <textarea
              id={CORRECTION_REASON_ID}
              className="textarea textarea--short"
              value={e.reason}
              aria-describedby={describedBy}
              aria-invalid={e.reasonError ? true : undefined}
              onChange={(ev) => e.setReason(ev.target.value)}
            />
          )}
        </Field>
      )}
    </>
  )
}
