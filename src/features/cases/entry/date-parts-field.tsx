import { useState, type FocusEvent } from 'react'
import { FieldSet } from '../../../components/form/field.tsx'
import { fieldLabels } from '../../../domain/case-rules.ts'
import {
  readDateParts,
  splitIsoDate,
  unfinishedDateMessage,
  type DateParts,
} from '../../../domain/date-parts.ts'
import { DateBoxes } from './date-boxes.tsx'
import type { SectionProps } from './section-props.ts'

/** A date of the form as three boxes (date-boxes.tsx); the form holds one YYYY-MM-DD string. */
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
        <DateBoxes
          name={name}
          parts={parts}
          invalid={Boolean(error)}
          birthday={birthday}
          onChange={change}
        />
      </div>
    </FieldSet>
  )
}

/** What the form keeps: the date as typed once whole, else nothing. */
function valueOf(parts: DateParts): string {
  const entry = readDateParts(parts)
  return entry.kind === 'date' ? entry.value : ''
}
