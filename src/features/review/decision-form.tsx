import type { FormEvent } from 'react'
import type { DecisionAction } from '../../api/schemas/case.ts'
import { ErrorSummary } from '../../components/form/error-summary.tsx'
import { Field, FieldSet } from '../../components/form/field.tsx'
import { actionLabels } from './decision-rules.ts'
import {
  fieldIds,
  type DecisionErrors,
  type DecisionField,
  type DecisionValues,
} from './decision-values.ts'

type Props = {
  actions: DecisionAction[]
  values: DecisionValues
  errors: DecisionErrors
  focusKey: number
  onChange: (next: DecisionValues) => void
  onSubmit: () => void
}

const summaryOrder: DecisionField[] = [
  'action',
  'criterionReliedOn',
  'memberReason',
  'informationNeeded',
  'rationale',
]

/** The decision as typed. Submitting opens the confirmation; nothing is sent from here. */
export function DecisionForm({ actions, values, errors, focusKey, onChange, onSubmit }: Props) {
  const set = <K extends keyof DecisionValues>(key: K, value: DecisionValues[K]) =>
    onChange({ ...values, [key]: value })
  const summary = summaryOrder.flatMap((f) => {
    const message = errors[f]
    // The choice has no single control: its link goes to the first radio.
    const fieldId = f === 'action' ? `decision-action-${actions[0]}` : fieldIds[f]
    return message ? [{ fieldId, message }] : []
  })
  function submit(e: FormEvent) {
    e.preventDefault()
    onSubmit()
  }
  return (
    <form className="decision-form" onSubmit={submit} noValidate aria-labelledby="decision-heading">
      <ErrorSummary errors={summary} focusKey={focusKey} />
      <FieldSet id={fieldIds.action} legend="Your decision on this case" error={errors.action}>
        {actions.map((a) => (
          <div className="radio" key={a}>
            <input
              type="radio"
              id={`decision-action-${a}`}
              name="decision-action"
              value={a}
              checked={values.action === a}
              onChange={() => set('action', a)}
            />
            <label htmlFor={`decision-action-${a}`}>{actionLabels[a]}</label>
          </div>
        ))}
      </FieldSet>
      {values.action === 'deny' && (
        <>
          <TextArea
            id={fieldIds.criterionReliedOn}
            label="Criterion relied on"
            hint="Prefilled from the determination: the criteria set and the row that decided. Edit if you relied on another."
            value={values.criterionReliedOn}
            error={errors.criterionReliedOn}
            onChange={(v) => set('criterionReliedOn', v)}
            rows={3}
          />
          <TextArea
            id={fieldIds.memberReason}
            label="Reason specific to the member"
            hint="In plain language the member can understand: why this service is denied for them."
            value={values.memberReason}
            error={errors.memberReason}
            onChange={(v) => set('memberReason', v)}
          />
        </>
      )}
      {values.action === 'pend' && (
        <TextArea
          id={fieldIds.informationNeeded}
          label="Information needed"
          hint="What the requesting provider must send before the case can be decided."
          value={values.informationNeeded}
          error={errors.informationNeeded}
          onChange={(v) => set('informationNeeded', v)}
        />
      )}
      <TextArea
        id={fieldIds.rationale}
        label="Rationale"
        hint="In plain language: why you decided this. It is kept with the decision and the audit trail."
        value={values.rationale}
        error={errors.rationale}
        onChange={(v) => set('rationale', v)}
      />
      <div className="checkbox">
        <input
          type="checkbox"
          id="decision-peer-to-peer"
          checked={values.peerToPeerOffered}
          onChange={(e) => set('peerToPeerOffered', e.target.checked)}
        />
        <label htmlFor="decision-peer-to-peer">
          Peer-to-peer conversation offered to the requesting provider
        </label>
      </div>
      <div className="button-row">
        <button type="submit" className="button">
          Continue to confirm
        </button>
      </div>
    </form>
  )
}

function TextArea(props: {
  id: string
  label: string
  hint: string
  value: string
  error?: string
  rows?: number
  onChange: (value: string) => void
}) {
  return (
    <Field id={props.id} label={props.label} hint={props.hint} error={props.error}>
      {(describedBy) => (
        <textarea
          id={props.id}
          className="textarea"
          rows={props.rows ?? 5}
          maxLength={4000}
          dir="auto"
          value={props.value}
          aria-describedby={describedBy}
          aria-invalid={props.error ? true : undefined}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
    </Field>
  )
}
