import { Field } from '../../../components/form/field.tsx'
import { MAX_TEXT_LENGTH as LIMIT, textLength } from '../../../domain/case-rules.ts'
import { useDebouncedValue } from '../../../components/use-debounced-value.ts'

const fmt = new Intl.NumberFormat('en-US')

function countSentence(length: number) {
  const left = LIMIT - length
  return left >= 0
    ? `You have ${fmt.format(left)} ${left === 1 ? 'character' : 'characters'} remaining`
    : `You have ${fmt.format(-left)} ${left === -1 ? 'character' : 'characters'} too many`
}

/**
 * GOV.UK character count: the visible count follows every key; the announcement waits
 * for a pause so a screen reader is not read a number per keystroke. Typing past the
 * limit is allowed (nothing is cut off); the rule says so.
 */
export function ClinicalNotesField({
  value,
  error,
  onChange,
  onBlur,
}: {
  value: string
  error?: string
  onChange: (value: string) => void
  onBlur: () => void
}) {
  // Counted as the rule counts, so the count and the message never disagree.
  const length = textLength(value)
  const announced = useDebouncedValue(length, 1000)
  return (
    <Field
      id="clinicalNotes"
      label="Clinical notes"
      hint="Optional. Plain text, up to 4,000 characters."
      error={error}
    >
      {(describedBy) => (
        <>
          <textarea
            id="clinicalNotes"
            className="textarea"
            rows={6}
            dir="auto"
            value={value}
            aria-describedby={[describedBy, 'clinicalNotes-count'].filter(Boolean).join(' ')}
            aria-invalid={error ? true : undefined}
            onChange={(e) => onChange(e.target.value)}
            onBlur={onBlur}
          />
          <p
            id="clinicalNotes-count"
            className={`hint${length > LIMIT ? ' character-count--over' : ''}`}
            aria-hidden="true"
          >
            {countSentence(length)}
          </p>
          <p className="visually-hidden" aria-live="polite">
            {countSentence(announced)}
          </p>
        </>
      )}
    </Field>
  )
}
