import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { describeError, isApiError } from '../../api/api-error.ts'
import { urgencyLabels } from '../../api/labels.ts'
import { recordAppeal } from '../../api/queries/appeals.ts'
import { caseQueries } from '../../api/queries/cases.ts'
import { ErrorSummary } from '../../components/form/error-summary.tsx'
import { Field } from '../../components/form/field.tsx'
import { optionsOf, Radios } from '../../components/form/radios.tsx'
import {
  appealErrors,
  appealInputOf,
  type AppealErrors,
  type AppealField,
} from '../../domain/appeal-rules.ts'
import { PLAN_TIME_ZONE, toWallTime, wallTimeToInstant } from '../../domain/time-zone.ts'
import { useNow } from '../../components/use-now.ts'
import { appealChannelLabels, requesterLabels } from './appeal-labels.ts'
import { TextArea } from './text-area.tsx'

type Values = Record<Exclude<AppealField, never>, string>
const order: AppealField[] = [
  'requestedBy',
  'receivedAt',
  'backdateReason',
  'urgency',
  'channel',
  'reasonGiven',
  'goodCauseNote',
]
const id = (f: AppealField) => `appeal-${f}`
const LATE_ENTRY_MS = 60 * 60_000

/**
 * "Record an appeal" on a denied case: the same rules as the service (src/domain), which
 * also knows the filing limit and asks for good cause past it. Nothing typed is lost on
 * an error: the values stay in this form until the service accepts them.
 */
export function AppealForm({
  caseId,
  deniedAt,
  onDone,
}: {
  caseId: string
  deniedAt: string
  /** Recorded (true) or cancelled (false): the panel moves focus to what comes next. */
  onDone: (recorded: boolean) => void
}) {
  const queryClient = useQueryClient()
  const [values, setValues] = useState<Values>(() => ({
    ...{ requestedBy: '', receivedAt: toWallTime(new Date(), PLAN_TIME_ZONE), backdateReason: '' },
    ...{ urgency: '', channel: '', reasonGiven: '', goodCauseNote: '' },
  }))
  const now = useNow()
  const [errors, setErrors] = useState<AppealErrors>({})
  const [focusKey, setFocusKey] = useState(0)
  const record = useMutation({
    mutationFn: (input: Parameters<typeof recordAppeal>[1]) => recordAppeal(caseId, input),
    // Here, not in mutate(): the refresh below shows the appeal and takes this form away,
    // and mutate()'s own callbacks are dropped once the form is gone (no result, no focus).
    onSuccess: () => onDone(true),
    onSettled: () => queryClient.invalidateQueries({ queryKey: caseQueries.all() }),
  })
  const set = (f: AppealField) => (v: string) => setValues((old) => ({ ...old, [f]: v }))
  const received = wallTimeToInstant(values.receivedAt.trim(), PLAN_TIME_ZONE)
  const late = received !== null && received.getTime() < now.getTime() - LATE_ENTRY_MS

  function submit(e: FormEvent) {
    e.preventDefault()
    const checked = { ...values, received, receivedGiven: values.receivedAt.trim() !== '' }
    const found = appealErrors(checked, new Date(), deniedAt)
    setErrors(found)
    setFocusKey((k) => k + 1)
    if (Object.keys(found).length > 0 || !checked.received) return
    record.mutate(appealInputOf({ ...checked, received: checked.received }), {
      onError: (error) => {
        if (!isApiError(error) || error.status !== 400) return
        const mapped = Object.fromEntries(
          Object.entries(error.fieldErrors).map(([k, m]) => [
            order.includes(k as AppealField) ? k : 'reasonGiven',
            m[0],
          ]),
        )
        setErrors(mapped)
        setFocusKey((k) => k + 1)
      },
    })
  }
  const summary = order.flatMap((f) => {
    const message = errors[f]
    return message ? [{ fieldId: id(f), message }] : []
  })
  return (
    <form
      className="appeal-form"
      onSubmit={submit}
      noValidate
      aria-labelledby="appeal-form-heading"
    >
      <h3 id="appeal-form-heading">Record an appeal</h3>
      <ErrorSummary errors={summary} focusKey={focusKey} />
      {record.isError && !(isApiError(record.error) && record.error.status === 400) && (
        <p className="field__error" role="alert">
          {describeError(record.error)}
        </p>
      )}
      <Radios
        id={id('requestedBy')}
        legend="Who asked for the appeal"
        options={optionsOf(requesterLabels)}
        value={values.requestedBy as never}
        error={errors.requestedBy}
        onChange={set('requestedBy')}
      />
      <Field
        id={id('receivedAt')}
        label="Appeal received"
        hint="Pacific time (Seattle). Set to now; change it if the appeal reached the plan earlier."
        error={errors.receivedAt}
      >
        {(describedBy) => (
          <input
            id={id('receivedAt')}
            type="datetime-local"
            className="input input--datetime"
            value={values.receivedAt}
            aria-describedby={describedBy}
            aria-invalid={errors.receivedAt ? true : undefined}
            onChange={(e) => set('receivedAt')(e.target.value)}
          />
        )}
      </Field>
      {late && (
        <TextArea
          id={id('backdateReason')}
          label="Reason for late entry"
          hint="The appeal was received more than an hour ago: say why it is entered now. It goes to the audit trail."
          value={values.backdateReason}
          error={errors.backdateReason}
          onChange={set('backdateReason')}
          rows={3}
        />
      )}
      <Radios
        id={id('urgency')}
        legend="Urgency"
        options={optionsOf(urgencyLabels)}
        value={values.urgency as never}
        error={errors.urgency}
        onChange={set('urgency')}
      />
      <Radios
        id={id('channel')}
        legend="Channel"
        options={optionsOf(appealChannelLabels)}
        value={values.channel as never}
        error={errors.channel}
        onChange={set('channel')}
      />
      <TextArea
        id={id('reasonGiven')}
        label="Reason given"
        hint="What the member or provider said, in their words."
        value={values.reasonGiven}
        error={errors.reasonGiven}
        onChange={set('reasonGiven')}
      />
      <TextArea
        id={id('goodCauseNote')}
        label="Good cause (if asked after the time limit)"
        hint="Needed only when the appeal came after the time limit to ask; the service checks the limit for this line of business."
        value={values.goodCauseNote}
        error={errors.goodCauseNote}
        onChange={set('goodCauseNote')}
        rows={3}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={record.isPending}>
          {record.isPending ? 'Recording the appeal…' : 'Record the appeal'}
        </button>
        <button type="button" className="button button--secondary" onClick={() => onDone(false)}>
          Cancel
        </button>
      </div>
    </form>
  )
}
