import type { OnChangeFn, SortingState, VisibilityState } from '@tanstack/react-table'
import { useCallback, useMemo, useState } from 'react'
import { useSearchParams } from 'react-router'
import { hideableColumns, isColumnId } from './evidence-fields.ts'
import { readView, writeView, type EvidenceView } from './evidence-view.ts'

/**
 * The viewer's state, read from and written to the URL, shaped for TanStack Table.
 * The filter text also lives in component state: the table filters from it on the same
 * keystroke, and the URL follows (replace, so typing adds no history entries).
 */
export function useEvidenceView() {
  const [params, setParams] = useSearchParams()
  const view = readView(params)
  const [text, setTextState] = useState(view.q)

  const update = useCallback(
    (patch: Partial<EvidenceView>) =>
      setParams((prev) => writeView(prev, patch), { replace: true, preventScrollReset: true }),
    [setParams],
  )
  const setText = (next: string) => {
    setTextState(next)
    update({ q: next })
  }

  // Stable objects between renders: TanStack Table memoizes its row models on the
  // identity of its state, so a fresh array each render would re-sort every render,
  // hand the virtualizer new rows, and loop.
  const hideKey = view.hide.join(',')
  const sorting: SortingState = useMemo(
    () => (view.sort ? [{ id: view.sort, desc: view.desc }] : []),
    [view.sort, view.desc],
  )
  const columnVisibility: VisibilityState = useMemo(
    () =>
      Object.fromEntries(
        hideKey
          .split(',')
          .filter(Boolean)
          .map((id) => [id, false]),
      ),
    [hideKey],
  )

  const onSorting: OnChangeFn<SortingState> = (updater) => {
    const next = typeof updater === 'function' ? updater(sorting) : updater
    const first = next[0]
    update({ sort: first && isColumnId(first.id) ? first.id : null, desc: first?.desc ?? false })
  }
  const onVisibility: OnChangeFn<VisibilityState> = (updater) => {
    const next = typeof updater === 'function' ? updater(columnVisibility) : updater
    update({ hide: hideableColumns.filter((id) => next[id] === false) })
  }

  return { view, text, setText, update, sorting, columnVisibility, onSorting, onVisibility }
}
