import type { OnChangeFn, SortingState, VisibilityState } from '@tanstack/react-table'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useSearchParams } from 'react-router'
import { hideableColumns, isColumnId } from './evidence-fields.ts'
import { readView, writeView, type EvidenceView } from './evidence-view.ts'

/** How long the typing pauses before the filter text is written to the URL. */
export const URL_TEXT_DELAY_MS = 300

/**
 * The viewer's state, read from and written to the URL, shaped for TanStack Table.
 * The filter text also lives in component state: the table filters from it on the same
 * keystroke, and the URL follows once typing pauses (replace, so typing adds no history
 * entries). Writing the URL on every key cost a history call and a second render of the
 * page per keystroke (about 20 ms each at 2,000 studies).
 *
 * Beside a case (`local`), the view lives in component state instead: the address is the
 * case's, and sorting the studies must not rewrite it.
 */
export function useEvidenceView(local?: { study: string | null }) {
  const [urlParams, setUrlParams] = useSearchParams()
  const [localParams, setLocalParams] = useState(() =>
    writeView(new URLSearchParams(), { study: local?.study ?? null }),
  )
  const isLocal = local !== undefined
  const params = isLocal ? localParams : urlParams
  const view = readView(params)
  const [text, setTextState] = useState(view.q)

  const update = useCallback(
    (patch: Partial<EvidenceView>) =>
      isLocal
        ? setLocalParams((prev) => writeView(prev, patch))
        : setUrlParams((prev) => writeView(prev, patch), {
            replace: true,
            preventScrollReset: true,
          }),
    [isLocal, setUrlParams],
  )
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)
  // Leaving the page drops a write not yet made: it would change the next page's URL.
  useEffect(() => () => clearTimeout(timer.current), [])
  const setText = (next: string) => {
    setTextState(next)
    clearTimeout(timer.current)
    timer.current = setTimeout(() => update({ q: next }), URL_TEXT_DELAY_MS)
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
