import type { CaseList, CaseStatus, StoredCase } from '../../src/api/schemas/case.ts'
import { caseStatus } from '../../src/api/schemas/case.ts'
import type { PolicyDetail } from '../../src/api/schemas/policy.ts'
import { caseSummary, hcpcsDescriptions } from './case-summary.ts'
import { encodeCursor, type Cursor, type ListQuery } from './list-query.ts'
import { compareKeys, sortedCases, sortKey } from './sort-index.ts'
import { metricFilter } from './metric-filter.ts'
import { isClosed } from '../../src/domain/case-status.ts'

/** docs/product-rules.md, Case status: overdue is past the due time and not yet finally decided; an appeal runs on its own clock. */
export function isOverdue(c: StoredCase, now: Date): boolean {
  if (isClosed(c.status)) return false
  const due = c.status === 'appeal-in-review' ? c.appeal?.clock.dueAt : c.turnaround.dueAt
  return !!due && due < now.toISOString()
}

type Args = {
  cases: Record<string, StoredCase>
  query: ListQuery
  userId: string
  now: Date
  after: Cursor | null
}

export function listCases(
  { cases, query, userId, now, after }: Args,
  library: readonly PolicyDetail[],
): CaseList {
  const { status, lineOfBusiness, urgency, overdue, assignedToMe, reference, sort, limit } = query
  const behindMetric = metricFilter(query)
  // Counts per status honour every filter but status, so the tabs show what each would hold.
  const others = sortedCases(cases, sort).filter(
    (c) =>
      (!lineOfBusiness || lineOfBusiness.includes(c.input.lineOfBusiness)) &&
      (!urgency || urgency.includes(c.input.urgency)) &&
      (!overdue || isOverdue(c, now)) &&
      (!assignedToMe || c.assignedTo?.id === userId) &&
      (!reference || c.reference === reference) &&
      (!behindMetric || behindMetric(c)),
  )
  const counts = Object.fromEntries(caseStatus.options.map((s) => [s, 0])) as Record<
    CaseStatus,
    number
  >
  for (const c of others) counts[c.status] += 1
  const filtered = status ? others.filter((c) => status.includes(c.status)) : others
  const start = after
    ? filtered.findIndex((c) => compareKeys(sortKey(c, sort), [after.value, after.id], sort) > 0)
    : 0
  const page = start < 0 ? [] : filtered.slice(start, start + limit)
  const last = page.at(-1)
  const more = start >= 0 && start + limit < filtered.length
  const descriptions = hcpcsDescriptions(library)
  return {
    items: page.map((c) => caseSummary(c, descriptions)),
    nextCursor: more && last ? cursorAfter(last, sort) : null,
    total: filtered.length,
    counts,
  }
}

function cursorAfter(last: StoredCase, sort: ListQuery['sort']) {
  const [value, id] = sortKey(last, sort)
  return encodeCursor({ sort, value, id })
}
