import { queryOptions } from '@tanstack/react-query'
import { apiRequest } from '../client.ts'
import { caseList, type CaseListQuery } from '../schemas/case.ts'
import { caseViewers } from '../schemas/live.ts'
import { caseListPageSize } from './case-pages.ts'
import { caseQueries } from './cases.ts'

/** What the live worklist and case page read beside the screens' own queries. */
export const liveQueries = {
  /**
   * The first page of a worklist as it stands after the `changes`th change heard: read
   * beside the rows on screen, which stay until the person asks for the new ones.
   */
  listHead: (query: Omit<CaseListQuery, 'cursor' | 'limit'>, changes: number) =>
    queryOptions({
      queryKey: [...caseQueries.lists(), 'head', query, changes],
      queryFn: async ({ signal }) =>
        (
          await apiRequest('/cases', caseList, {
            signal,
            query: { ...query, limit: caseListPageSize },
          })
        ).data,
      staleTime: Infinity,
    }),
  /** The other people who opened the case in the last few minutes (the service says how many). */
  viewers: (id: string) =>
    queryOptions({
      queryKey: ['live', 'viewers', id],
      queryFn: async ({ signal }) =>
        (await apiRequest(`/cases/${encodeURIComponent(id)}/viewers`, caseViewers, { signal }))
          .data,
    }),
}

/**
 * Says the case page is still open and shown (POST /cases/{id}/viewing; the service notes
 * it at most every few minutes) and answers who else is on the case.
 */
export async function sayStillViewing(id: string) {
  const path = `/cases/${encodeURIComponent(id)}/viewing`
  return (await apiRequest(path, caseViewers, { method: 'POST' })).data
}
