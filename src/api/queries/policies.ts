import { queryOptions } from '@tanstack/react-query'
import { apiRequest } from '../client.ts'
import { codeLookup } from '../schemas/codes.ts'
import { policyEvidence, policyList, policyResponse } from '../schemas/policy.ts'

export const policyQueries = {
  all: () => ['policies'] as const,
  list: (q = '') =>
    queryOptions({
      queryKey: [...policyQueries.all(), 'list', q],
      queryFn: async ({ signal }) =>
        (await apiRequest('/policies', policyList, { signal, query: { q } })).data,
      staleTime: 5 * 60_000,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...policyQueries.all(), 'detail', id],
      queryFn: async ({ signal }) =>
        (await apiRequest(`/policies/${encodeURIComponent(id)}`, policyResponse, { signal })).data,
      staleTime: 5 * 60_000,
    }),
  evidence: (id: string) =>
    queryOptions({
      queryKey: [...policyQueries.all(), 'evidence', id],
      queryFn: async ({ signal }) =>
        (
          await apiRequest(`/policies/${encodeURIComponent(id)}/evidence`, policyEvidence, {
            signal,
          })
        ).data,
      staleTime: 5 * 60_000,
    }),
}

export const codeQueries = {
  search: (q: string) =>
    queryOptions({
      queryKey: ['codes', q],
      queryFn: async ({ signal }) =>
        (await apiRequest('/codes', codeLookup, { signal, query: { q } })).data,
      staleTime: 5 * 60_000,
    }),
}
