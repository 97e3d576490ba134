import { useEffect, useState, type FocusEvent } from 'react'
import { FieldSet } from '../../../components/form/field.tsx'
import { fieldLabels } from '../../../domain/case-rules.ts'
import { readDateTimeParts, splitWallTime, type DateTimeParts } from '../../../domain/date-parts.ts'
import { formatInZone, PLAN_TIME_ZONE, wallTimeToInstant } from '../../../domain/time-zone.ts'
import { DateBoxes } from './date-boxes.tsx'
import type { SectionProps } from './section-props.ts'

// True of a new form, a resumed draft and a PAS import alike.
const HINT = 'Pacific time (Seattle). Change it if the request reached the plan earlier.'
const EDIT_HINT = `${HINT} For example, 01 05 2026 and 2:30 PM (or 14:30).`
const name = 'requestReceivedAt'

/**
 * "Request received" starts at now and is usually right: it shows as text with one
 * "Change" button (one Tab) instead of boxes to step through. It opens by itself when
 * it has an error or no time to show.
 */
export function ReceivedAtField({ form }: { form: SectionProps }) {
  const [opened, setOpened] = useState(false)
  const received = wallTimeToInstant(form.fields.requestReceivedAt.trim(), PLAN_TIME_ZONE)
  const [shown, setShown] = useState(false)
  const editing = opened || shown || received === null || Boolean(form.errors.requestReceivedAt)
  // Once open, the boxes stay: the last digit typed must not swap them for text under focus.
  if (editing && !shown) setShown(true)
  useEffect(() => {
    if (opened) document.getElementById(name)?.focus()
  }, [opened])

  if (editing) return <DateTimeBoxes form={form} />
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

/**
 * The month, day and year boxes of the other dates, and a time box, each keeping what is
 * typed (a native date-time field drops digits typed into its middle and costs six Tabs).
 * The form holds one YYYY-MM-DDTHH:mm plan wall time once the boxes make one.
 */
function DateTimeBoxes({ form }: { form: SectionProps }) {
  const value = form.fields[name]
  const [parts, setParts] = useState(() => splitWallTime(value))
  const [seen, setSeen] = useState(value)
  // A value set from outside (a PAS import, a resumed draft) refills the boxes.
  if (value !== seen) {
    setSeen(value)
    if (value !== readDateTimeParts(fieldLabels[name], parts).value) setParts(splitWallTime(value))
  }
  const error = form.errors[name]

  function change(next: DateTimeParts) {
    setParts(next)
    const entry = readDateTimeParts(fieldLabels[name], next)
    form.markUnfinished(name, entry.unfinished)
    form.setField(name, entry.value)
  }
  // Moving between the boxes is not leaving the field: check it once focus leaves all four.
  function leave(e: FocusEvent<HTMLDivElement>) {
    if (!e.currentTarget.contains(e.relatedTarget)) form.blurField(name)
  }

  return (
    <FieldSet id={name} legend={fieldLabels[name]} hint={EDIT_HINT} error={error}>
      <div className="date-input" onBlur={leave}>
        <DateBoxes
          name={name}
          parts={parts}
          invalid={Boolean(error)}
          onChange={(date) => change({ ...parts, ...date })}
        />
        <div className="date-input__item">
          <label className="date-input__label" htmlFor={`${name}-time`}>
            Time
          </label>
          {/* Text, not a time field: AM or PM is typed ("2:30 PM", "2:30p") or 24 h is. */}
          <input
            id={`${name}-time`}
            name={`${name}-time`}
            className="input date-input__box date-input__box--time"
            autoComplete="off"
            spellCheck={false}
            value={parts.time}
            aria-invalid={error ? true : undefined}
            onChange={(e) => change({ ...parts, time: e.target.value })}
          />
        </div>
      </div>
    </FieldSet>
  )
}
