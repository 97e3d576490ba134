import { keepPreviousData, useInfiniteQuery, useQueryClient } from '@tanstack/react-query'
import { useMemo } from 'react'
import { Link } from 'react-router'
import { caseListPages } from '../../../api/queries/case-pages.ts'
import { ErrorMessage, Loading } from '../../../components/query-state.tsx'
import { MetricFilterNotice } from './metric-filter-notice.tsx'
import { useNow } from '../../../components/use-now.ts'
import { WorklistFilters } from './worklist-filters.tsx'
import { WorklistSearch } from './worklist-search.tsx'
import {
  hasFilters,
  readWorklistParams,
  toListQuery,
  writeWorklistParams,
  type WorklistParams,
  type WorklistView,
} from './worklist-params.ts'
import { useWorklistSearch, useWriteAddressWhen } from './use-worklist-address.ts'
import { WorklistTable } from './worklist-table.tsx'
import { WorklistViews } from './worklist-views.tsx'
import { NewCasesBanner } from './new-cases-banner.tsx'
import './worklist.css'

const directorViews: readonly WorklistView[] = ['my-queue', 'open', 'all']
const reviewerViews: readonly WorklistView[] = ['open', 'all']
const viewNames: Record<WorklistView, string> = {
  'my-queue': 'My queue',
  open: 'Open cases',
  all: 'All cases',
}

/**
 * Why paging and not virtualization: 10,000 cases stay smooth because the service
 * pages them (cursor, 50 a page) and the screen holds only the pages the user asked
 * for with "Show more"; filters narrow the list on the server, and rows are memoized
 * so a new page renders only its own rows. A real table stays a real table, which a
 * virtualized one (rows swapped in and out, spacer rows) would make harder to read
 * with a screen reader and to print.
 */
export function Worklist({ canUseMyQueue }: { canUseMyQueue: boolean }) {
  const { search, unwritten, show, write } = useWorklistSearch()
  // Everyone lands on their open work, soonest due first: a medical director on the cases
  // they can act on now, a reviewer on every case still waiting on the plan.
  const views = canUseMyQueue ? directorViews : reviewerViews
  const defaultView = views[0]!
  const read = readWorklistParams(search, defaultView)
  // A reviewer has no queue of their own: a shared "My queue" link shows their open work.
  const params: WorklistParams = views.includes(read.view) ? read : { ...read, view: defaultView }
  // The last pages stay on screen while a changed filter loads, so the table never blinks.
  const list = useInfiniteQuery({
    ...caseListPages(toListQuery(params)),
    placeholderData: keepPreviousData,
  })
  useWriteAddressWhen(unwritten, !list.isPlaceholderData, write)
  const now = useNow()
  const queryClient = useQueryClient()
  const setParams = (next: WorklistParams) => {
    // Ask for the new rows on the click itself, before React renders the change.
    void queryClient.prefetchInfiniteQuery(caseListPages(toListQuery(next)))
    show(writeWorklistParams(next, defaultView))
  }

  const items = useMemo(() => list.data?.pages.flatMap((p) => p.items) ?? [], [list.data])
  const first = list.data?.pages[0]
  // A reference search finds its case whatever the view: the caption names the search.
  const viewName = params.reference
    ? `Cases with the reference ${params.reference}`
    : viewNames[params.view]

  return (
    <section aria-labelledby="worklist-cases-heading" className="worklist">
      {/* The page's h1 says "Worklist": this heading is for a screen reader's outline. */}
      <h2 id="worklist-cases-heading" className="visually-hidden">
        Cases
      </h2>
      <div className="worklist__top">
        <div className="worklist__view">
          <WorklistViews params={params} views={views} defaultView={defaultView} />
          {first && (
            <p className="worklist__shown" role="status">
              Showing {items.length} of {first.total}
            </p>
          )}
        </div>
        <WorklistSearch
          // A new address (Back, a link) starts the box afresh from it.
          key={params.reference ?? ''}
          reference={params.reference}
          onSearch={(reference) => setParams({ ...params, reference })}
        />
      </div>
      <MetricFilterNotice params={params} onChange={setParams} />
      <WorklistFilters params={params} counts={first?.counts ?? null} onChange={setParams} />
      {list.isPending && <Loading label="Loading cases…" />}
      {list.isError && <ErrorMessage error={list.error} onRetry={() => void list.refetch()} />}
      {first && (
        <NewCasesBanner
          query={toListQuery(params)}
          shown={items}
          total={first.total}
          onShow={list.refetch}
        />
      )}
      {first && items.length === 0 && <EmptyList params={params} />}
      {first && items.length > 0 && (
        <WorklistTable
          items={items}
          now={now}
          caption={`${viewName}: ${first.total} ${first.total === 1 ? 'case' : 'cases'}`}
        />
      )}
      {list.hasNextPage && (
        <button
          type="button"
          className="button button--secondary worklist__next"
          disabled={list.isFetchingNextPage}
          onClick={() => void list.fetchNextPage()}
        >
          {list.isFetchingNextPage ? 'Loading more cases…' : 'Show more cases'}
        </button>
      )}
      {list.isFetchNextPageError && (
        <ErrorMessage error={list.error} title="More cases could not be loaded" />
      )}
    </section>
  )
}

/** Why the list is empty, truly: a reference not found, filters that match nothing, or no work. */
function EmptyList({ params }: { params: WorklistParams }) {
  if (params.reference) return <p>No case has the reference {params.reference}.</p>
  if (params.view === 'my-queue')
    return (
      <p className="worklist__empty">
        {hasFilters(params)
          ? 'No case in your queue matches these filters.'
          : 'Nothing waiting for you: no case in your queue waits for your decision.'}{' '}
        <Link to={{ search: '?view=all' }}>See all cases</Link>
      </p>
    )
  if (hasFilters(params)) return <p>No cases match these filters.</p>
  return (
    <p>
      {params.view === 'open'
        ? 'No open cases: nothing waits on the plan.'
        : 'There are no cases yet.'}
    </p>
  )
}
