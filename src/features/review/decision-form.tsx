import type { FormEvent } from 'react'
import type { Actor, DecisionAction, StoredCase } from '../../api/schemas/case.ts'
import { ErrorSummary } from '../../components/form/error-summary.tsx'
import { Radios } from '../../components/form/radios.tsx'
import { actionLabels, assignedElsewhere, type DecisionField } from '../../domain/decision-rules.ts'
import { CriterionChoice } from './criterion-choice.tsx'
import { fieldIds, type DecisionErrors, type DecisionValues } from './decision-form-values.ts'
import { PeerToPeerChoice } from './peer-to-peer-choice.tsx'
import { PendGuidance } from './pend-guidance.tsx'
import { TextArea } from './text-area.tsx'

type Props = {
  value: StoredCase
  actions: DecisionAction[]
  /** The assignee, when the decider would be taking the case over from them. */
  takingOverFrom: Actor | null
  values: DecisionValues
  errors: DecisionErrors
  focusKey: number
  onChange: (next: DecisionValues) => void
  onSubmit: () => void
}

const summaryOrder: DecisionField[] = [
  'takeOverReason',
  'action',
  'criterion',
  'writtenBasis',
  'memberReason',
  'peerToPeerOffered',
  'informationNeeded',
  'rationale',
]

/** The decision as typed. Submitting opens the confirmation; nothing is sent from here. */
export function DecisionForm(props: Props) {
  const { value: c, actions, values, errors, takingOverFrom } = props
  const set = <K extends keyof DecisionValues>(key: K, v: DecisionValues[K]) =>
    props.onChange({ ...values, [key]: v })
  const summary = summaryOrder.flatMap((f) => {
    const message = errors[f]
    // A choice's link goes to its first radio, which carries the field's id.
    return message ? [{ fieldId: fieldIds[f], message }] : []
  })
  function submit(e: FormEvent) {
    e.preventDefault()
    props.onSubmit()
  }
  const hasCriteria = c.determination.criteriaSet !== null
  return (
    <form className="decision-form" onSubmit={submit} noValidate aria-labelledby="decision-heading">
      <ErrorSummary errors={summary} focusKey={props.focusKey} />
      {takingOverFrom && (
        <>
          <div className="notice notice--warning">
            <p>{assignedElsewhere(takingOverFrom)}</p>
          </div>
          <TextArea
            id={fieldIds.takeOverReason}
            label="Reason for taking over this case"
            hint="Kept in the audit trail with your name."
            value={values.takeOverReason}
            error={errors.takeOverReason}
            onChange={(v) => set('takeOverReason', v)}
            rows={2}
          />
        </>
      )}
      <Radios
        id={fieldIds.action}
        legend="Your decision on this case"
        error={errors.action}
        options={actions.map((a) => ({ value: a, label: actionLabels[a] }))}
        value={values.action}
        onChange={(a) => set('action', a)}
      />
      {values.action === 'deny' && (
        <>
          {hasCriteria ? (
            <CriterionChoice
              determination={c.determination}
              value={values.criterionRowId}
              error={errors.criterion}
              onChange={(v) => set('criterionRowId', v)}
            />
          ) : (
            <TextArea
              id={fieldIds.writtenBasis}
              label="Basis for the denial"
              hint="No criteria are on file for this service code: write what the denial rests on."
              value={values.writtenBasis}
              error={errors.writtenBasis}
              onChange={(v) => set('writtenBasis', v)}
              rows={3}
            />
          )}
          <TextArea
            id={fieldIds.memberReason}
            label="Reason specific to the member"
            hint="In plain language the member can understand: why this service is denied for them. It goes on both notices."
            value={values.memberReason}
            error={errors.memberReason}
            onChange={(v) => set('memberReason', v)}
          />
          <PeerToPeerChoice
            value={values.peerToPeer}
            error={errors.peerToPeerOffered}
            onChange={(v) => set('peerToPeer', v)}
          />
        </>
      )}
      {values.action === 'pend' && (
        <>
          <PendGuidance value={c} />
          <TextArea
            id={fieldIds.informationNeeded}
            label="Information needed"
            hint="One item a line: what the requesting provider must send before the case can be decided."
            value={values.informationNeeded}
            error={errors.informationNeeded}
            onChange={(v) => set('informationNeeded', v)}
          />
        </>
      )}
      <TextArea
        id={fieldIds.rationale}
        label="Rationale"
        hint="In plain language: why you decided this. It is kept with the decision and the audit trail."
        value={values.rationale}
        error={errors.rationale}
        onChange={(v) => set('rationale', v)}
      />
      <div className="button-row">
        <button type="submit" className="button">
          Continue to confirm
        </button>
      </div>
    </form>
  )
}
