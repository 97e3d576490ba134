import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { codeQueries, policyQueries } from '../../api/queries/policies.ts'
import { ErrorMessage, Loading } from '../../components/query-state.tsx'
import { CodeResults } from './code-results.tsx'
import { useDebouncedValue } from '../../components/use-debounced-value.ts'

/**
 * The target of the source's "Pre-authorization Code Check" link (`/policies#code-check`):
 * which policies carry a code, found by the code or, for HCPCS, by its description.
 */
export function CodeCheck() {
  const [text, setText] = useState('')
  const q = useDebouncedValue(text.trim(), 250)
  const codes = useQuery({
    ...codeQueries.search(q),
    enabled: q.length > 0,
    placeholderData: keepPreviousData,
  })
  // The unfiltered library names the policies a code belongs to.
  const library = useQuery(policyQueries.list(''))
  const titles = new Map(library.data?.items.map((p) => [p.id, p.title]))

  return (
    <section id="code-check" aria-labelledby="code-check-heading" tabIndex={-1}>
      <h2 id="code-check-heading">Code look-up</h2>
      <p>
        Find the policies that carry a service code. Search by code (HCPCS Level II or CPT), or by
        name for HCPCS codes. CPT descriptions are licensed by the American Medical Association and
        are not shown.
      </p>
      <div className="field">
        <label className="field__label" htmlFor="code-search">
          Code or name
        </label>
        <input
          id="code-search"
          className="input input--short"
          type="search"
          value={text}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      {q && codes.isPending && <Loading label="Looking up codes…" />}
      {q && codes.isError && (
        <ErrorMessage error={codes.error} onRetry={() => void codes.refetch()} />
      )}
      <div role="status">
        {q && codes.data && codes.data.items.length === 0 && (
          <p>No code matches “{q}”. Check the code, or try part of a HCPCS description.</p>
        )}
      </div>
      {q && codes.data && codes.data.items.length > 0 && (
        <CodeResults items={codes.data.items} titles={titles} />
      )}
    </section>
  )
}
