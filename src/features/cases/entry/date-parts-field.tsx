import { useState, type FocusEvent } from 'react'
import { FieldSet } from '../../../components/form/field.tsx'
import { fieldLabels } from '../../../domain/case-rules.ts'
import {
  readDateParts,
  splitIsoDate,
  spreadWholeDate,
  unfinishedDateMessage,
  type DateParts,
} from '../../../domain/date-parts.ts'
import type { SectionProps } from './section-props.ts'

export const dateBoxes = [
  { part: 'month', label: 'Month', size: 'date-input__box--2', bday: 'bday-month' },
  { part: 'day', label: 'Day', size: 'date-input__box--2', bday: 'bday-day' },
  { part: 'year', label: 'Year', size: 'date-input__box--4', bday: 'bday-year' },
] as const

/**
 * A date as three boxes that keep exactly what is typed (a native date field drops digits
 * typed into its middle). The form still holds one YYYY-MM-DD string; the first box
 * carries the field's id so the error summary lands on it.
 */
export function DatePartsField({
  name,
  hint,
  birthday = false,
  form,
}: {
  name: 'dateOfBirth' | 'dateOfService'
  hint: string
  birthday?: boolean
  form: SectionProps
}) {
  const value = form.fields[name]
  const [parts, setParts] = useState(() => splitIsoDate(value))
  const [seen, setSeen] = useState(value)
  // A value set from outside (enrollment record, PAS import, a resumed draft) refills the boxes.
  if (value !== seen) {
    setSeen(value)
    if (value !== valueOf(parts)) setParts(splitIsoDate(value))
  }
  const error = form.errors[name]

  function change(next: DateParts) {
    setParts(next)
    const entry = readDateParts(next)
    form.markUnfinished(name, unfinishedDateMessage(fieldLabels[name], entry))
    form.setField(name, valueOf(next))
  }
  // Moving between the boxes is not leaving the date: check it once focus leaves all three.
  function leave(e: FocusEvent<HTMLDivElement>) {
    if (!e.currentTarget.contains(e.relatedTarget)) form.blurField(name)
  }

  return (
    <FieldSet id={name} legend={fieldLabels[name]} hint={hint} error={error}>
      <div className="date-input" onBlur={leave}>
        {dateBoxes.map((b, i) => {
          const id = i === 0 ? name : `${name}-${b.part}`
          return (
            <div className="date-input__item" key={b.part}>
              <label className="date-input__label" htmlFor={id}>
                {b.label}
              </label>
              <input
                id={id}
                name={`${name}-${b.part}`}
                className={`input date-input__box ${b.size}`}
                inputMode="numeric"
                autoComplete={birthday ? b.bday : 'off'}
                spellCheck={false}
                value={parts[b.part]}
                aria-invalid={error ? true : undefined}
                onChange={(e) =>
                  change(spreadWholeDate(e.target.value) ?? { ...parts, [b.part]: e.target.value })
                }
              />
            </div>
          )
        })}
      </div>
    </FieldSet>
  )
}

/** What the form keeps: the date as typed once whole, else nothing. */
function valueOf(parts: DateParts): string {
  const entry = readDateParts(parts)
  return entry.kind === 'date' ? entry.value : ''
}
