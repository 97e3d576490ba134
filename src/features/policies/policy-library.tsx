import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { useSearchParams } from 'react-router'
import { policyQueries } from '../../api/queries/policies.ts'
import { ErrorMessage, Loading } from '../../components/query-state.tsx'
import { PolicyList } from './policy-list.tsx'
import { useDebouncedValue } from '../../components/use-debounced-value.ts'
import './policies.css'

/** Search by title or code. The search lives in the URL, so a reload or a shared link keeps it. */
export function PolicyLibrary() {
  const [params, setParams] = useSearchParams()
  const [text, setText] = useState(() => params.get('q') ?? '')
  const q = useDebouncedValue(text.trim(), 250)
  const policies = useQuery({ ...policyQueries.list(q), placeholderData: keepPreviousData })

  useEffect(() => {
    if ((params.get('q') ?? '') === q) return
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev)
        if (q) next.set('q', q)
        else next.delete('q')
        return next
      },
      { replace: true, preventScrollReset: true },
    )
  }, [q, params, setParams])

  const count = policies.data?.items.length
  return (
    <section aria-labelledby="library-heading" className="policy-library">
      <h2 id="library-heading">Policy library</h2>
      <div className="field">
        <label className="field__label" htmlFor="policy-search">
          Search policies
        </label>
        <span className="hint" id="policy-search-hint">
          By title or by code, for example Prolotherapy or M0076
        </span>
        <input
          id="policy-search"
          className="input"
          type="search"
          value={text}
          aria-describedby="policy-search-hint"
          autoComplete="off"
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <p role="status" className="result-count">
        {count === undefined ? '' : count === 1 ? '1 policy' : `${count} policies`}
        {count !== undefined && q ? ` match “${q}”` : ''}
      </p>
      {policies.isPending && <Loading label="Loading policies…" />}
      {policies.isError && (
        <ErrorMessage error={policies.error} onRetry={() => void policies.refetch()} />
      )}
      {policies.data &&
        (policies.data.items.length > 0 ? (
          <PolicyList policies={policies.data.items} />
        ) : (
          <p>No policy matches this search. Try a shorter title or a whole code.</p>
        ))}
    </section>
  )
}
