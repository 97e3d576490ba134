import { ProviderLookup } from './provider-lookup.tsx'
import { requestChannelLabels, urgencyLabels } from '../../../api/labels.ts'
import { Field } from '../../../components/form/field.tsx'
import { optionsOf, Radios } from '../../../components/form/radios.tsx'
import { fieldLabels } from '../../../domain/case-rules.ts'
import { PLAN_TIME_ZONE, wallTimeToInstant } from '../../../domain/time-zone.ts'
import { ClinicalNotesField } from './clinical-notes-field.tsx'
import type { SectionProps } from './section-props.ts'
import { TextField } from './text-field.tsx'
import { ReceivedAtField } from './received-at-field.tsx'
import { useNow } from '../../../components/use-now.ts'

const LATE_ENTRY_MS = 60 * 60_000

/** How and when the request reached the plan: this sets the turnaround clock. */
export function RequestSection(form: SectionProps) {
  const { fields, errors, setField, blurField } = form
  const now = useNow()
  const received = wallTimeToInstant(fields.requestReceivedAt.trim(), PLAN_TIME_ZONE)
  // The same hour as the rules: an entry this late needs a reason for the audit trail.
  const late = received !== null && received.getTime() < now.getTime() - LATE_ENTRY_MS
  return (
    <section aria-labelledby="request-heading">
      <h2 id="request-heading">Request</h2>
      <Radios
        id="urgency"
        legend={fieldLabels.urgency}
        options={optionsOf(urgencyLabels)}
        value={fields.urgency}
        error={errors.urgency}
        onChange={(v) => setField('urgency', v)}
        onBlur={() => blurField('urgency')}
      />
      <ReceivedAtField form={form} />
      {late && (
        <Field
          id="backdateReason"
          label={fieldLabels.backdateReason}
          hint="The request was received more than an hour ago. Say why it is being entered now; this goes to the case's audit trail."
          error={errors.backdateReason}
        >
          {(describedBy) => (
            <textarea
              id="backdateReason"
              className="textarea textarea--short"
              rows={3}
              dir="auto"
              value={fields.backdateReason}
              aria-describedby={describedBy}
              aria-invalid={errors.backdateReason ? true : undefined}
              onChange={(e) => setField('backdateReason', e.target.value)}
              onBlur={() => blurField('backdateReason')}
            />
          )}
        </Field>
      )}
      <Radios
        id="requestChannel"
        legend={fieldLabels.requestChannel}
        options={optionsOf(requestChannelLabels)}
        value={fields.requestChannel}
        error={errors.requestChannel}
        onChange={(v) => setField('requestChannel', v)}
        onBlur={() => blurField('requestChannel')}
      />
      <TextField
        name="requestingProviderNpi"
        hint="Optional. 10 digits."
        inputMode="numeric"
        className="input input--short"
        form={form}
      />
      <ProviderLookup
        npi={fields.requestingProviderNpi}
        onInvalid={() => blurField('requestingProviderNpi')}
      />
      <ClinicalNotesField
        value={fields.clinicalNotes}
        error={errors.clinicalNotes}
        onChange={(v) => setField('clinicalNotes', v)}
        onBlur={() => blurField('clinicalNotes')}
      />
    </section>
  )
}
