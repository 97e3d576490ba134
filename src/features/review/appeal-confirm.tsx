import type { AppealDecisionAction, Determination } from '../../api/schemas/case.ts'
import { citableRows, criterionTitle } from '../../domain/decision-criteria.ts'
import { appealActionLabels } from './appeal-labels.ts'
import { ConfirmDialog } from './confirm-dialog.tsx'
import type { DecisionValues } from './decision-form-values.ts'

const titles: Record<AppealDecisionAction, string> = {
  approve: 'Approve this case on appeal?',
  uphold: 'Uphold the denial?',
}
const confirmLabels: Record<AppealDecisionAction, string> = {
  approve: 'Confirm approval on appeal',
  uphold: 'Confirm the denial is upheld',
}

function Item({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="summary-list__row">
      <dt>{term}</dt>
      <dd dir="auto">{children}</dd>
    </div>
  )
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
  const row = citableRows(props.determination).find((r) => r.id === v.criterionRowId)
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
        {upheld && (
          <>
            {row && <Item term="Criterion relied on">{criterionTitle(row)}</Item>}
            {!row && v.writtenBasis && <Item term="Basis for the denial">{v.writtenBasis}</Item>}
            <Item term="Reason specific to the member">{v.memberReason}</Item>
            <Item term="Peer-to-peer conversation offered">
              {v.peerToPeer === 'yes' ? 'Yes' : 'No'}
            </Item>
          </>
        )}
        <Item term="Rationale">{v.rationale}</Item>
      </dl>
    </ConfirmDialog>
  )
}
