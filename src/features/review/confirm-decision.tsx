import { ConfirmDialog } from './confirm-dialog.tsx'
import { actionLabels } from './decision-rules.ts'
import type { DecisionValues } from './decision-values.ts'

const titles = {
  deny: 'Deny this case?',
  approve: 'Approve this case?',
  pend: 'Pend this case for information?',
} as const
const confirmLabels = {
  deny: 'Confirm denial',
  approve: 'Confirm approval',
  pend: 'Confirm pend',
} as const

/** The last look before a decision is recorded: what will be written, in the user's words. */
export function ConfirmDecision(props: {
  open: boolean
  values: DecisionValues
  busy: boolean
  onConfirm: () => void
  onCancel: () => void
  focusAfterClose: () => HTMLElement | null
}) {
  const { values } = props
  const action = values.action || 'approve'
  return (
    <ConfirmDialog
      open={props.open}
      title={titles[action]}
      confirmLabel={confirmLabels[action]}
      busy={props.busy}
      onConfirm={props.onConfirm}
      onCancel={props.onCancel}
      focusAfterClose={props.focusAfterClose}
    >
      <p>
        {action === 'pend'
          ? 'The case stays open and can be decided when the information arrives.'
          : 'This decision is final: once recorded, the case cannot be changed.'}
      </p>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>Decision</dt>
          <dd>{actionLabels[action]}</dd>
        </div>
        {action === 'deny' && (
          <>
            <div className="summary-list__row">
              <dt>Criterion relied on</dt>
              <dd dir="auto">{values.criterionReliedOn}</dd>
            </div>
            <div className="summary-list__row">
              <dt>Reason specific to the member</dt>
              <dd dir="auto">{values.memberReason}</dd>
            </div>
          </>
        )}
        {action === 'pend' && (
          <div className="summary-list__row">
            <dt>Information needed</dt>
            <dd dir="auto">{values.informationNeeded}</dd>
          </div>
        )}
        <div className="summary-list__row">
          <dt>Rationale</dt>
          <dd dir="auto">{values.rationale}</dd>
        </div>
        <div className="summary-list__row">
          <dt>Peer-to-peer conversation offered</dt>
          <dd>{values.peerToPeerOffered ? 'Yes' : 'No'}</dd>
        </div>
      </dl>
    </ConfirmDialog>
  )
}
