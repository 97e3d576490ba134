import { queryOptions } from '@tanstack/react-query'
import { apiRequest, type ApiResponse } from '../client.ts'
import {
  auditTrail,
  caseList,
  relatedCases,
  storedCase,
  type CaseListQuery,
  type DecisionInput,
  type StoredCase,
} from '../schemas/case.ts'
import type { CaseInput } from '../schemas/case-fields.ts'
import { accessLog } from '../schemas/access-log.ts'
import { issuedLetters } from '../schemas/letter.ts'

/** Keys run from general to specific, so `cases.all()` invalidates every case read. */
export const caseQueries = {
  all: () => ['cases'] as const,
  lists: () => [...caseQueries.all(), 'list'] as const,
  list: (query: CaseListQuery) =>
    queryOptions({
      queryKey: [...caseQueries.lists(), query],
      queryFn: async ({ signal }) =>
        (await apiRequest('/cases', caseList, { signal, query: { ...query } })).data,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...caseQueries.all(), 'detail', id],
      queryFn: async ({ signal }) =>
        withEtag(await apiRequest(`/cases/${encodeURIComponent(id)}`, storedCase, { signal })),
    }),
  related: (id: string) =>
    queryOptions({
      queryKey: [...caseQueries.all(), 'related', id],
      queryFn: async ({ signal }) =>
        (await apiRequest(`/cases/${encodeURIComponent(id)}/related`, relatedCases, { signal }))
          .data,
    }),
  /** Every read asked for is itself logged: fetched when the director asks, not on load. */
  accessLog: (id: string) =>
    queryOptions({
      queryKey: [...caseQueries.all(), 'access-log', id],
      queryFn: async ({ signal }) =>
        (await apiRequest(`/cases/${encodeURIComponent(id)}/access-log`, accessLog, { signal }))
          .data,
    }),
  /** The letters as issued: each read is on the access log, so only a notice page asks. */
  letters: (id: string) =>
    queryOptions({
      queryKey: [...caseQueries.all(), 'letters', id],
      queryFn: async ({ signal }) =>
        (await apiRequest(`/cases/${encodeURIComponent(id)}/letters`, issuedLetters, { signal }))
          .data,
    }),
  audit: (id: string) =>
    queryOptions({
      queryKey: [...caseQueries.all(), 'audit', id],
      queryFn: async ({ signal }) =>
        (await apiRequest(`/cases/${encodeURIComponent(id)}/audit`, auditTrail, { signal })).data,
    }),
}

/** The case as the detail query holds it: the record and the version to send back in If-Match. */
function withEtag(res: ApiResponse<StoredCase>) {
  return { ...res.data, etag: res.headers.get('ETag') ?? `"v${res.data.version}"` }
}

/**
 * The Idempotency-Key makes a retried or double-clicked submit create one case. The
 * answer is the whole case with its ETag: the same shape as `caseQueries.detail`, so
 * the case page can show it without asking again.
 */
export async function postCase(input: CaseInput, idempotencyKey: string) {
  const res = await apiRequest('/cases', storedCase, {
    method: 'POST',
    body: input,
    headers: { 'Idempotency-Key': idempotencyKey },
  })
  return withEtag(res)
}

/** If-Match carries the version the user read: a changed case answers 412 and nothing is overwritten. */
export async function decideCase(id: string, input: DecisionInput, etag: string) {
  const res = await apiRequest(`/cases/${encodeURIComponent(id)}/decision`, storedCase, {
    method: 'POST',
    body: input,
    headers: { 'If-Match': etag },
  })
  return res.data
}
