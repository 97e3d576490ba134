import { Field } from '../../../components/form/field.tsx'
import type { CaseFieldName } from '../../../api/schemas/case-fields.ts'
import { fieldLabels } from '../../../domain/case-rules.ts'
import type { SectionProps } from './section-props.ts'

/** The fields typed as free text (not a choice from a list). */
type TextName = {
  [K in CaseFieldName]: string extends SectionProps['fields'][K] ? K : never
}[CaseFieldName]

/** One text-like input of the case form: label from the rules, id = the field's name. */
export function TextField({
  name,
  hint,
  className = 'input',
  inputMode,
  autoComplete = 'off',
  form,
}: {
  name: TextName
  hint?: string
  className?: string
  inputMode?: 'numeric' | 'text'
  autoComplete?: string
  form: SectionProps
}) {
  const error = form.errors[name]
  return (
    <Field id={name} label={fieldLabels[name]} hint={hint} error={error}>
      {(describedBy) => (
        <input
          id={name}
          name={name}
          type="text"
          className={className}
          inputMode={inputMode}
          autoComplete={autoComplete}
          spellCheck={false}
          value={form.fields[name]}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          onChange={(e) => form.setField(name, e.target.value)}
          onBlur={() => form.blurField(name)}
        />
      )}
    </Field>
  )
}
