import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import { liveQueries } from '../../../api/queries/live.ts'
import type { CaseListQuery, CaseSummary } from '../../../api/schemas/case.ts'
import { useCaseChanges } from '../../../components/use-case-changes.ts'

type Props = {
  query: Omit<CaseListQuery, 'cursor' | 'limit'>
  /** The rows on screen, and the total they were shown with. */
  shown: readonly CaseSummary[]
  total: number
  /** Loads the list afresh (the rows then move). */
  onShow: () => Promise<unknown>
}

/**
 * When the service says cases changed, the list on screen stays as it is (a row never
 * moves under the pointer or the reading position) and this offers the change: "Show
 * 3 new cases", announced politely. The list moves only when the person presses it.
 */
export function NewCasesBanner({ query, shown, total, onShow }: Props) {
  const changes = useCaseChanges()
  const [since] = useState(changes)
  const [updated, setUpdated] = useState(false)
  const region = useRef<HTMLDivElement>(null)
  const head = useQuery({
    ...liveQueries.listHead(query, changes),
    enabled: changes > since,
    placeholderData: keepPreviousData,
  })
  const offer = head.data ? offerOf(head.data.items, head.data.total, shown, total) : null

  const show = async () => {
    await onShow()
    setUpdated(true)
    // The button is gone: the focus stays here, where "List updated" is read.
    region.current?.focus()
  }
  return (
    <div ref={region} className="new-cases" aria-live="polite" tabIndex={-1}>
      {offer ? (
        <button type="button" className="button button--secondary" onClick={() => void show()}>
          {offer}
        </button>
      ) : (
        updated && <p>List updated.</p>
      )}
    </div>
  )
}

/** The words of the offer, or null when the first page reads as the screen shows it. */
function offerOf(
  head: readonly CaseSummary[],
  headTotal: number,
  shown: readonly CaseSummary[],
  total: number,
): string | null {
  const byId = new Map(shown.map((c) => [c.id, c]))
  // New rows on the first page, or more cases in the list than on screen (a new case
  // due later than the first page reaches).
  const added = Math.max(head.filter((c) => !byId.has(c.id)).length, headTotal - total)
  if (added) return `Show ${added} new ${added === 1 ? 'case' : 'cases'}`
  const changed =
    headTotal !== total || head.some((c) => JSON.stringify(c) !== JSON.stringify(byId.get(c.id)))
  return changed ? 'The list changed: show the latest' : null
}
