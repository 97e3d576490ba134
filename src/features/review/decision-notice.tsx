import type { DecisionAction } from '../../api/schemas/case.ts'
import type { DecisionValues } from './decision-form-values.ts'

export type DecisionAttempt =
  | { kind: 'recorded'; action: DecisionAction }
  | { kind: 'conflict'; unsaved: DecisionValues }
  | { kind: 'error'; message: string }

const recorded: Record<DecisionAction, string> = {
  approve: 'The case is approved.',
  deny: 'The case is denied.',
  pend: 'The case is pended for information.',
}

/**
 * What happened to the last attempt to decide, in words a person can act on. A failed
 * send offers "Try again", which reopens the confirmation: the last look comes before
 * every attempt to record a decision, not only the first.
 */
export function DecisionNotice({
  outcome,
  final,
  onRetry,
}: {
  outcome: DecisionAttempt
  final: boolean
  onRetry: () => void
}) {
  switch (outcome.kind) {
    case 'recorded':
      return (
        <div id="decision-notice" tabIndex={-1} className="notice notice--success" role="status">
          <p>Decision recorded. {recorded[outcome.action]}</p>
        </div>
      )
    case 'error':
      return (
        <div id="decision-notice" tabIndex={-1} className="notice notice--error" role="alert">
          <h3 className="notice__title">The decision was not recorded</h3>
          <p>{outcome.message}</p>
          {!final && (
            <>
              <p>What you typed is still in the form.</p>
              <button type="button" className="button button--secondary" onClick={onRetry}>
                Try again
              </button>
            </>
          )}
        </div>
      )
    case 'conflict':
      return (
        <div id="decision-notice" tabIndex={-1} className="notice notice--warning" role="alert">
          <h3 className="notice__title">This case changed while you were deciding</h3>
          <p>
            Your decision was not recorded and nothing was overwritten. The page now shows the case
            as it is now.
          </p>
          {final ? (
            <UnsavedText values={outcome.unsaved} />
          ) : (
            <p>
              What you typed is still in the form. Check it against the case, then confirm again.
            </p>
          )}
        </div>
      )
  }
}

/** The case became final meanwhile: the form is gone, but the user's words are not. */
function UnsavedText({ values }: { values: DecisionValues }) {
  const parts: [string, string][] = [
    ['Reason for taking over', values.takeOverReason],
    ['Basis for the denial', values.action === 'deny' ? values.writtenBasis : ''],
    ['Reason specific to the member', values.action === 'deny' ? values.memberReason : ''],
    ['Information needed', values.action === 'pend' ? values.informationNeeded : ''],
    ['Your rationale', values.rationale],
  ]
  return (
    <>
      <p>The case now has a final decision. Your unsaved text, to keep if you need it:</p>
      <dl className="summary-list">
        {parts
          .filter(([, text]) => text.trim() !== '')
          .map(([term, text]) => (
            <div className="summary-list__row" key={term}>
              <dt>{term}</dt>
              <dd className="decision-unsaved" dir="auto">
                {text}
              </dd>
            </div>
          ))}
      </dl>
    </>
  )
}
