import type { ReactNode } from 'react'

/** Label above, then hint, then the inline error, then the control (GOV.UK order). */
export function Field({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string
  label: string
  hint?: ReactNode
  error?: string
  children: (describedBy: string | undefined) => ReactNode
}) {
  const describedBy =
    [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') ||
    undefined
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && <FieldError id={`${id}-error`} message={error} />}
      {children(describedBy)}
    </div>
  )
}

/** A group of radios or checkboxes: the legend is the label. */
export function FieldSet({
  id,
  legend,
  hint,
  error,
  children,
}: {
  id: string
  legend: string
  hint?: ReactNode
  error?: string
  children: ReactNode
}) {
  const describedBy =
    [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') ||
    undefined
  return (
    <fieldset
      className={`field${error ? ' field--error' : ''}`}
      id={`${id}-group`}
      aria-describedby={describedBy}
    >
      <legend className="field__label">{legend}</legend>
      {hint && (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && <FieldError id={`${id}-error`} message={error} />}
      {children}
    </fieldset>
  )
}

export function FieldError({ id, message }: { id: string; message: string }) {
  return (
    <p className="field__error" id={id}>
      <span className="visually-hidden">Error:</span> {message}
    </p>
  )
}
