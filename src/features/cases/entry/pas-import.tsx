import { useMutation } from '@tanstack/react-query'
import { useId, useState, type DragEvent } from 'react'
import { parsePasBundle } from '../../../api/queries/pas.ts'
import type { PasIssue, PasParseResult } from '../../../api/schemas/pas.ts'
import { FieldError } from '../../../components/form/field.tsx'
import { ErrorMessage } from '../../../components/query-state.tsx'
import { PAS_BUNDLE_ID } from './pas-import-errors.ts'

const MAX_BYTES = 2_000_000

/**
 * "Import a PAS request": a Da Vinci PAS Bundle, dropped, chosen or pasted, fills the
 * form through the service's `$parse` (one mapper for the API and the form). Nothing is
 * created: the reviewer checks, completes what the Bundle does not say, and submits.
 */
export default function PasImport({ onImport }: { onImport: (result: PasParseResult) => void }) {
  const [text, setText] = useState('')
  const [tooBig, setTooBig] = useState(false)
  const hintId = useId()
  const parse = useMutation({ mutationFn: parsePasBundle, onSuccess: onImport })
  const listed = parse.data?.issues.filter((i) => i.severity !== 'error') ?? []

  async function readFile(file: File | undefined) {
    if (!file) return
    setTooBig(file.size > MAX_BYTES)
    if (file.size > MAX_BYTES) return
    const content = await file.text()
    setText(content)
    parse.mutate(content)
  }
  const onDrop = (e: DragEvent) => {
    e.preventDefault()
    void readFile(e.dataTransfer.files[0])
  }

  return (
    <section
      className="pas-import"
      aria-labelledby="pas-import-heading"
      onDragOver={(e) => e.preventDefault()}
      onDrop={onDrop}
    >
      <h2 id="pas-import-heading">Import a PAS request</h2>
      <p className="hint" id={hintId}>
        A Da Vinci PAS request Bundle (FHIR JSON) fills the form. Drop the file here, choose it, or
        paste it. Nothing is sent until you submit the case.
      </p>
      <div className="field">
        <label className="field__label" htmlFor="pas-file">
          PAS request file
        </label>
        <input
          id="pas-file"
          type="file"
          accept=".json,application/json,application/fhir+json"
          aria-describedby={hintId}
          onChange={(e) => void readFile(e.target.files?.[0])}
        />
      </div>
      {tooBig && (
        <FieldError
          id="pas-file-error"
          message="The file is larger than 2 MB: a PAS request is smaller."
        />
      )}
      <div className="field">
        <label className="field__label" htmlFor={PAS_BUNDLE_ID}>
          Or paste the PAS Bundle
        </label>
        <textarea
          id={PAS_BUNDLE_ID}
          className="textarea textarea--short"
          spellCheck={false}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <button
        type="button"
        className="button button--secondary"
        disabled={!text.trim() || parse.isPending}
        onClick={() => parse.mutate(text)}
      >
        {parse.isPending ? 'Reading…' : 'Fill the form from the PAS Bundle'}
      </button>
      {parse.isError && (
        <ErrorMessage
          error={parse.error}
          title="The PAS Bundle was not read"
          onRetry={() => parse.mutate(text)}
        />
      )}
      <p role="status" className="hint">
        {parse.data ? importStatus(parse.data) : ''}
      </p>
      {listed.length > 0 && <ListedElements issues={listed} />}
    </section>
  )
}

function importStatus(result: PasParseResult) {
  const errors = result.issues.filter((i) => i.severity === 'error').length
  if (errors > 0)
    return `The PAS Bundle has ${errors} problem${errors > 1 ? 's' : ''}: see the list at the top.`
  if (result.unstated.length > 0)
    return 'Form filled from the PAS Bundle. Complete what it does not say (marked).'
  return 'Form filled from the PAS Bundle. Check it, then submit the case.'
}

/** Elements the service does not use, listed with their codes so none is dropped unseen. */
function ListedElements({ issues }: { issues: PasIssue[] }) {
  return (
    <details className="pas-import__listed">
      <summary>Not used from the PAS Bundle ({issues.length})</summary>
      <ul>
        {issues.map((i) => (
          <li key={i.expression}>
            <code>{i.expression}</code>: {i.message}
          </li>
        ))}
      </ul>
    </details>
  )
}
