import { useLayoutEffect, useRef } from 'react'

export type SummaryError = { fieldId: string; message: string }

/**
 * GOV.UK error summary: takes focus when shown so a screen reader announces it,
 * and links each problem to its field.
 */
export function ErrorSummary({ errors, focusKey }: { errors: SummaryError[]; focusKey: number }) {
  const ref = useRef<HTMLDivElement>(null)
  // A layout effect: focus moves in the same commit that shows the summary, so nothing
  // (a key press, a test's next look) can come between the summary and its focus.
  useLayoutEffect(() => {
    if (errors.length > 0) ref.current?.focus()
    // Refocus on each submit attempt (focusKey), not on every keystroke.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusKey])
  if (errors.length === 0) return null
  return (
    <div
      className="error-summary"
      ref={ref}
      tabIndex={-1}
      aria-labelledby="error-summary-title"
      role="alert"
    >
      <h2 id="error-summary-title">There is a problem</h2>
      <ul>
        {errors.map((e, i) => (
          <li key={`${e.fieldId}-${i}`}>
            <a
              href={`#${e.fieldId}`}
              onClick={(ev) => {
                ev.preventDefault()
                const el = document.getElementById(e.fieldId)
                el?.focus()
                el?.scrollIntoView({ block: 'center' })
              }}
            >
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  )
}
