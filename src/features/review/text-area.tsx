import type { ReactNode } from 'react'
import { Field } from '../../components/form/field.tsx'

/** A labelled text area of the decision and appeal forms (dir="auto": any script, right to left too). */
export function TextArea(props: {
  id: string
  label: string
  hint: ReactNode
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
