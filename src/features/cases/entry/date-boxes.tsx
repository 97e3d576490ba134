import { spreadWholeDate, type DateParts } from '../../../domain/date-parts.ts'

const boxes = [
  { part: 'month', label: 'Month', size: 'date-input__box--2', bday: 'bday-month' },
  { part: 'day', label: 'Day', size: 'date-input__box--2', bday: 'bday-day' },
  { part: 'year', label: 'Year', size: 'date-input__box--4', bday: 'bday-year' },
] as const

/**
 * The month, day and year boxes every date of the form uses, each keeping what is typed
 * (a native date field drops digits typed into its middle). The first box carries the
 * field's id, so the error summary lands on it; a whole date typed or pasted into any
 * box fills all three. The caller wraps them (and any box of its own) in `.date-input`.
 */
export function DateBoxes({
  name,
  parts,
  invalid,
  birthday = false,
  onChange,
}: {
  name: string
  parts: DateParts
  invalid: boolean
  /** The browser may offer the member's birthday (autocomplete bday-*); other dates: off. */
  birthday?: boolean
  onChange: (next: DateParts) => void
}) {
  const { month, day, year } = parts
  return boxes.map((b, i) => {
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
          aria-invalid={invalid || undefined}
          onChange={(e) =>
            onChange(
              spreadWholeDate(e.target.value) ?? { month, day, year, [b.part]: e.target.value },
            )
          }
        />
      </div>
    )
  })
}
