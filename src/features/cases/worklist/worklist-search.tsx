import { useId, useState, type FormEvent } from 'react'
import { normalizeCaseReference } from '../../../domain/case-reference.ts'

type Props = { reference: string | null; onSearch: (reference: string | null) => void }

/**
 * Find a case by the reference people say (`UM-2026-000042`). Only a well-formed
 * reference is searched and put in the URL: anything else gets a message at the field
 * and stays in the box, so a member id typed here by mistake goes nowhere.
 */
export function WorklistSearch({ reference, onSearch }: Props) {
  const [text, setText] = useState(reference ?? '')
  const [error, setError] = useState<string | null>(null)
  const id = useId()
  const hintId = `${id}-hint`
  const errorId = `${id}-error`

  function submit(e: FormEvent) {
    e.preventDefault()
    if (text.trim() === '') {
      setError(null)
      onSearch(null)
      return
    }
    const found = normalizeCaseReference(text)
    setError(found ? null : 'Enter a case reference like UM-2026-000042')
    if (found) {
      setText(found)
      onSearch(found)
    }
  }

  return (
    <form role="search" aria-label="Find a case" className="worklist-search" onSubmit={submit}>
      <div className={`worklist-search__field${error ? ' field--error' : ''}`}>
        <div className="worklist-search__row">
          <label className="worklist-bar__label" htmlFor={id}>
            Case reference
          </label>
          {/* The example shows in the empty box and is read as the field's hint. */}
          <span className="visually-hidden" id={hintId}>
            For example, UM-2026-000042
          </span>
          <input
            id={id}
            className="input worklist-search__input"
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder="UM-2026-000042"
            autoComplete="off"
            spellCheck={false}
            aria-describedby={error ? `${hintId} ${errorId}` : hintId}
            aria-invalid={error ? true : undefined}
          />
          <button type="submit" className="button button--secondary worklist-bar__button">
            Find
          </button>
          {reference && (
            <button
              type="button"
              className="button button--link worklist-bar__button"
              onClick={() => {
                setText('')
                setError(null)
                onSearch(null)
              }}
            >
              Show all cases
            </button>
          )}
        </div>
        {error && (
          <p className="field__error worklist-search__error" id={errorId}>
            <span className="visually-hidden">Error: </span>
            {error}
          </p>
        )}
      </div>
    </form>
  )
}
