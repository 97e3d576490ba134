import { useRef } from 'react'
import { flushSync } from 'react-dom'
import { FieldSet } from '../../../components/form/field.tsx'
import { normalizeIcd10 } from '../../../domain/icd10.ts'
import { DiagnosisCodeNote } from './diagnosis-code-note.tsx'

const MAX_CODES = 12

/** The first input carries the field id, so the error summary's link lands on it. */
const inputId = (i: number) => (i === 0 ? 'diagnosisCodes' : `diagnosisCodes-${i + 1}`)

/**
 * One or more ICD-10-CM codes, one per input, each labelled by its position. Each code is
 * tidied (upper case, dot after the third character) when the person leaves its input.
 */
export function DiagnosisCodesField({
  codes,
  dateOfService,
  error,
  onChange,
  onBlur,
}: {
  codes: string[]
  /** The codes are checked against the code set in force on this date (YYYY-MM-DD). */
  dateOfService: string
  error?: string
  onChange: (codes: string[]) => void
  onBlur: () => void
}) {
  // A new form shows one empty input rather than none.
  const rows = codes.length > 0 ? codes : ['']
  const group = useRef<HTMLDivElement>(null)
  // After adding or removing a row, focus moves to an input that exists only after the
  // change renders: render it now (flushSync), then focus it, in the same click. A focus
  // left to an effect runs at React's leisure, and a keystroke or a check can come first.
  const changeThenFocus = (next: string[], row: number) => {
    flushSync(() => onChange(next))
    document.getElementById(inputId(row))?.focus()
  }

  const update = (i: number, value: string) => onChange(rows.map((c, j) => (j === i ? value : c)))
  const add = () => changeThenFocus([...rows, ''], rows.length)
  const remove = (i: number) =>
    changeThenFocus(
      rows.filter((_, j) => j !== i),
      Math.max(0, i - 1),
    )

  return (
    <div
      ref={group}
      onBlur={(e) => {
        // Check once focus leaves the whole group, not while moving between its inputs.
        if (!group.current?.contains(e.relatedTarget as Node | null)) onBlur()
      }}
    >
      <FieldSet
        id="diagnosisCodes"
        legend="Diagnosis codes"
        hint="ICD-10-CM, for example M54.50. Add one code per box."
        error={error}
      >
        {rows.map((code, i) => (
          <div className="diagnosis-row" key={i}>
            <label className="diagnosis-row__label" htmlFor={inputId(i)}>
              Diagnosis code {i + 1}
            </label>
            <input
              id={inputId(i)}
              className="input input--code"
              type="text"
              autoComplete="off"
              spellCheck={false}
              value={code}
              aria-invalid={error ? true : undefined}
              aria-describedby={[error ? 'diagnosisCodes-error' : '', `${inputId(i)}-note`]
                .filter(Boolean)
                .join(' ')}
              onChange={(e) => update(i, e.target.value)}
              onBlur={() => {
                // Tidy each code as the person leaves it: "m5450" becomes "M54.50".
                const tidy = normalizeIcd10(code)
                if (tidy && tidy !== code) update(i, tidy)
              }}
            />
            <DiagnosisCodeNote
              id={`${inputId(i)}-note`}
              code={code}
              dateOfService={dateOfService}
            />
            {rows.length > 1 && (
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => remove(i)}
              >
                Remove <span className="visually-hidden">diagnosis code {i + 1}</span>
              </button>
            )}
          </div>
        ))}
        {rows.length < MAX_CODES && (
          <button type="button" className="button button--secondary" onClick={add}>
            Add another diagnosis code
          </button>
        )}
      </FieldSet>
    </div>
  )
}
