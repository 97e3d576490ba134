import { FieldSet } from './field.tsx'

export type RadioOption<T extends string> = { value: T; label: string; hint?: string }

/**
 * A radio group whose first radio carries the field id, so an error summary link
 * (href="#id") lands on the group as GOV.UK's pattern expects.
 */
export function Radios<T extends string>({
  id,
  legend,
  hint,
  error,
  options,
  value,
  onChange,
  onBlur,
}: {
  id: string
  legend: string
  hint?: string
  error?: string
  options: readonly RadioOption<T>[]
  value: T | ''
  onChange: (value: T) => void
  onBlur?: () => void
}) {
  return (
    <FieldSet id={id} legend={legend} hint={hint} error={error}>
      {options.map((o, i) => {
        const radioId = i === 0 ? id : `${id}-${o.value}`
        return (
          <div className="radio" key={o.value}>
            <input
              type="radio"
              id={radioId}
              name={id}
              value={o.value}
              checked={value === o.value}
              onChange={() => onChange(o.value)}
              onBlur={onBlur}
              aria-describedby={o.hint ? `${radioId}-hint` : undefined}
            />
            <label htmlFor={radioId}>
              {o.label}
              {o.hint && (
                <span className="hint" id={`${radioId}-hint`}>
                  {o.hint}
                </span>
              )}
            </label>
          </div>
        )
      })}
    </FieldSet>
  )
}

/** Radio options from a label map, in the map's order. */
export function optionsOf<T extends string>(labels: Record<T, string>): RadioOption<T>[] {
  return (Object.entries(labels) as [T, string][]).map(([value, label]) => ({ value, label }))
}
