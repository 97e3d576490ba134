import type { AppealDecisionAction, Determination } from '../../api/schemas/case.ts'
import { appealActionLabels } from './appeal-labels.ts'
import { ConfirmDialog } from './confirm-dialog.tsx'
import { DenialItems, Item } from './confirm-parts.tsx'
import type { DecisionValues } from './decision-form-values.ts'

const titles: Record<AppealDecisionAction, string> = {
  approve: 'Approve this case on appeal?',
  uphold: 'Uphold the denial?',
}
const confirmLabels: Record<AppealDecisionAction, string> = {
  approve: 'Confirm approval on appeal',
  uphold: 'Confirm the denial is upheld',
}

/**
 * The last look before an appeal decision is recorded, in the first decision's dialog:
 * what will be written and what follows (the notices; for Medicare Advantage an upheld
 * denial goes to the independent review entity at once).
 */
export function AppealConfirm(props: {
  open: boolean
  action: AppealDecisionAction
  values: DecisionValues
  determination: Determination
  medicareAdvantage: boolean
  busy: boolean
  onConfirm: () => void
  onCancel: () => void
  focusAfterClose: () => HTMLElement | null
}) {
  const { values: v, action } = props
  const upheld = action === 'uphold'
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
        This appeal decision is final: once recorded, it cannot be changed. The appeal notices to
        the member and the provider are issued at once.
        {upheld && props.medicareAdvantage
          ? ' For Medicare Advantage, an upheld denial is forwarded to the independent review entity contracted by CMS at the same time.'
          : ''}
      </p>
      <dl className="summary-list">
        <Item term="Appeal decision">{appealActionLabels[action]}</Item>
        {upheld && <DenialItems determination={props.determination} values={v} />}
        <Item term="Rationale">{v.rationale}</Item>
      </dl>
    </ConfirmDialog>
  )
}
