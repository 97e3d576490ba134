import type { CaseList, CaseStatus, StoredCase } from '../../src/api/schemas/case.ts'
import { caseStatus } from '../../src/api/schemas/case.ts'
import type { PolicyDetail } from '../../src/api/schemas/policy.ts'
import { caseSummary, hcpcsDescriptions } from './case-summary.ts'
import { encodeCursor, type Cursor, type ListQuery } from './list-query.ts'

const isFinal = (s: CaseStatus) => s === 'approved' || s === 'denied'

/** PRODUCT: overdue is past the due time and not yet finally decided. */
export function isOverdue(c: StoredCase, now: Date): boolean {
  return !isFinal(c.status) && c.turnaround.dueAt < now.toISOString()
}

const sortValue = (c: StoredCase, sort: ListQuery['sort']) =>
  sort.endsWith('dueAt') ? c.turnaround.dueAt : c.input.requestReceivedAt

/** -1/0/1 for two (value, id) keys in the requested direction; the id breaks ties. */
function compareKeys(a: [string, string], b: [string, string], sort: ListQuery['sort']) {
  const order = a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0
  return sort.startsWith('-') ? -order : order
}

type Args = {
  cases: StoredCase[]
  query: ListQuery
  userId: string
  now: Date
  after: Cursor | null
}

export function listCases(
  { cases, query, userId, now, after }: Args,
  library: readonly PolicyDetail[],
): CaseList {
  const { status, lineOfBusiness, urgency, overdue, assignedToMe, sort, limit } = query
  // Counts per status honour every filter but status, so the tabs show what each would hold.
  const others = cases.filter(
    (c) =>
      (!lineOfBusiness || lineOfBusiness.includes(c.input.lineOfBusiness)) &&
      (!urgency || urgency.includes(c.input.urgency)) &&
      (!overdue || isOverdue(c, now)) &&
      (!assignedToMe || c.assignedTo?.id === userId),
  )
  const counts = Object.fromEntries(caseStatus.options.map((s) => [s, 0])) as Record<
    CaseStatus,
    number
  >
  for (const c of others) counts[c.status] += 1
  const filtered = others
    .filter((c) => !status || status.includes(c.status))
    .map((c) => ({ c, key: [sortValue(c, sort), c.id] as [string, string] }))
    .sort((a, b) => compareKeys(a.key, b.key, sort))
  const start = after
    ? filtered.findIndex((row) => compareKeys(row.key, [after.value, after.id], sort) > 0)
    : 0
  const page = start < 0 ? [] : filtered.slice(start, start + limit)
  const last = page.at(-1)
  const more = start >= 0 && start + limit < filtered.length
  const descriptions = hcpcsDescriptions(library)
  return {
    items: page.map((row) => caseSummary(row.c, descriptions)),
    nextCursor: more && last ? encodeCursor({ sort, value: last.key[0], id: last.key[1] }) : null,
    total: filtered.length,
    counts,
  }
}
