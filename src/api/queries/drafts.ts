import { queryOptions } from '@tanstack/react-query'
import * as z from 'zod/mini'
import { apiRequest, sendOnUnload } from '../client.ts'
import type { CaseFields } from '../schemas/case-fields.ts'
import { draft, draftList } from '../schemas/draft.ts'

export const draftQueries = {
  all: () => ['drafts'] as const,
  list: () =>
    queryOptions({
      queryKey: [...draftQueries.all(), 'list'],
      queryFn: async ({ signal }) => (await apiRequest('/drafts', draftList, { signal })).data,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...draftQueries.all(), 'detail', id],
      queryFn: async ({ signal }) =>
        (await apiRequest(`/drafts/${encodeURIComponent(id)}`, draft, { signal })).data,
      // A draft is read once to resume it; after that the form is the truth.
      staleTime: Infinity,
    }),
}

export async function saveDraft(id: string, fields: CaseFields) {
  return (
    await apiRequest(`/drafts/${encodeURIComponent(id)}`, draft, {
      method: 'PUT',
      body: { fields },
    })
  ).data
}

/** The draft as it stands while the page unloads (see `sendOnUnload`). */
export function saveDraftOnUnload(id: string, fields: CaseFields) {
  sendOnUnload(`/drafts/${encodeURIComponent(id)}`, 'PUT', { fields })
}

export async function deleteDraft(id: string) {
  await apiRequest(`/drafts/${encodeURIComponent(id)}`, z.unknown(), { method: 'DELETE' })
}
