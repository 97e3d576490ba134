import type { CaseList, StoredCase } from '../../src/api/schemas/case.ts'
import type { PolicyDetail } from '../../src/api/schemas/policy.ts'
import { normalizeServiceCode } from '../../src/domain/service-codes.ts'
import type { CasePage } from '../store.ts'
import { caseSummary, hcpcsDescriptions, memberAge } from './case-summary.ts'
import { pageOfRows, rowOf } from './case-rows.ts'
import type { Cursor, ListQuery } from './list-query.ts'
import { sortedCases } from './sort-index.ts'

type Args = {
  cases: Record<string, StoredCase>
  query: ListQuery
  userId: string
  now: Date
  after: Cursor | null
}

/** One page of the worklist from every case in memory (the memory store, the tests). */
export function listCases(
  { cases, query, userId, now, after }: Args,
  library: readonly PolicyDetail[],
): CaseList {
  const ordered = sortedCases(cases, query.sort).map(rowOf)
  const { ids, ...page } = pageOfRows(ordered, { query, userId, now, after })
  return summaries({ ...page, items: ids.map((id) => cases[id]!) }, library, now)
}

/** A page of stored cases (or of rows carrying their summary) as the list answers it. */
export function summaries(
  page: CasePage,
  library: readonly PolicyDetail[],
  now: Date = new Date(),
): CaseList {
  const descriptions = hcpcsDescriptions(library)
  if ('items' in page)
    return { ...page, items: page.items.map((c) => caseSummary(c, descriptions, now)) }
  const { rows, ...rest } = page
  return {
    ...rest,
    // The date of birth stays in the row: the list says the age alone.
    items: rows.map(({ summary: { memberDateOfBirth, ...summary } }) => ({
      ...summary,
      memberAge: memberAge(memberDateOfBirth, now),
      serviceDescription: descriptions.get(normalizeServiceCode(summary.serviceCode)) ?? null,
    })),
  }
}
