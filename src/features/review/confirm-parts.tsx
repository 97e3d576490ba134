import type { ReactNode } from 'react'
import type { Determination } from '../../api/schemas/case.ts'
import { citableRows, criterionTitle } from '../../domain/decision-criteria.ts'
import type { DecisionValues } from './decision-form-values.ts'

/** One line of what a confirm dialog is about to record. */
export function Item({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="summary-list__row">
      <dt>{term}</dt>
      <dd dir="auto">{children}</dd>
    </div>
  )
}

/** What a denial records, first or upheld on appeal: the criterion, the reason, peer-to-peer. */
export function DenialItems({
  determination,
  values: v,
}: {
  determination: Determination
  values: DecisionValues
}) {
  const row = citableRows(determination).find((r) => r.id === v.criterionRowId)
  return (
    <>
      {row && <Item term="Criterion relied on">{criterionTitle(row)}</Item>}
      {!row && v.writtenBasis && <Item term="Basis for the denial">{v.writtenBasis}</Item>}
      <Item term="Reason specific to the member">{v.memberReason}</Item>
      <Item term="Peer-to-peer conversation offered">{v.peerToPeer === 'yes' ? 'Yes' : 'No'}</Item>
    </>
  )
}
