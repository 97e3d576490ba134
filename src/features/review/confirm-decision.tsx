import type { StoredCase } from '../../api/schemas/case.ts'
import { actionLabels } from '../../domain/decision-rules.ts'
import { ConfirmDialog } from './confirm-dialog.tsx'
import { DenialItems, Item } from './confirm-parts.tsx'
import { neededItems, type DecisionValues } from './decision-form-values.ts'

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
  value: StoredCase
  busy: boolean
  onConfirm: () => void
  onCancel: () => void
  focusAfterClose: () => HTMLElement | null
}) {
  const { values: v } = props
  const action = v.action || 'approve'
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
          ? 'The case stays open and can be decided when the information arrives. The turnaround clock keeps running.'
          : 'This decision is final: once recorded, the case cannot be changed. The notices are issued at once.'}
      </p>
      <dl className="summary-list">
        <Item term="Decision">{actionLabels[action]}</Item>
        {v.takeOverReason.trim() && <Item term="Reason for taking over">{v.takeOverReason}</Item>}
        {action === 'deny' && <DenialItems determination={props.value.determination} values={v} />}
        {action === 'pend' && (
          <Item term="Information needed">
            <ul className="plain-list">
              {neededItems(v.informationNeeded).map((item, i) => (
                <li key={i}>{item}</li>
              ))}
            </ul>
          </Item>
        )}
        <Item term="Rationale">{v.rationale}</Item>
      </dl>
    </ConfirmDialog>
  )
}
