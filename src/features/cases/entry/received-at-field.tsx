import { useEffect, useState } from 'react'
import { fieldLabels } from '../../../domain/case-rules.ts'
import { formatInZone, PLAN_TIME_ZONE, wallTimeToInstant } from '../../../domain/time-zone.ts'
import type { SectionProps } from './section-props.ts'
import { TextField } from './text-field.tsx'

// True of a new form, a resumed draft and a PAS import alike.
const HINT = 'Pacific time (Seattle). Change it if the request reached the plan earlier.'

/**
 * "Request received" starts at now and is usually right: it shows as text with one
 * "Change" button (one Tab) instead of a date-time field of six parts (six Tabs). It
 * opens by itself when it has an error or no time to show.
 */
export function ReceivedAtField({ form }: { form: SectionProps }) {
  const [opened, setOpened] = useState(false)
  const received = wallTimeToInstant(form.fields.requestReceivedAt.trim(), PLAN_TIME_ZONE)
  const editing = opened || received === null || Boolean(form.errors.requestReceivedAt)
  useEffect(() => {
    if (opened) document.getElementById('requestReceivedAt')?.focus()
  }, [opened])

  if (editing) {
    return (
      <TextField
        name="requestReceivedAt"
        type="datetime-local"
        hint={HINT}
        className="input input--datetime"
        form={form}
      />
    )
  }
  return (
    <div className="field">
      <span className="field__label">{fieldLabels.requestReceivedAt}</span>
      <p className="received-at">
        <time id="requestReceivedAt-value" dateTime={received.toISOString()}>
          {formatInZone(received, PLAN_TIME_ZONE)}
        </time>{' '}
        <button
          type="button"
          className="button button--secondary button--small"
          aria-describedby="requestReceivedAt-value"
          onClick={() => setOpened(true)}
        >
          Change <span className="visually-hidden">when the request was received</span>
        </button>
      </p>
      <span className="hint" id="requestReceivedAt-hint">
        {HINT}
      </span>
    </div>
  )
}
