import { Field } from '../../components/form/field.tsx'

/** A labelled plain-text answer of up to 4,000 characters (dir="auto": any script). */
export function AppealText(props: {
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
          rows={props.rows ?? 4}
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
