import type { CaseList, CaseStatus, CaseSummary, StoredCase } from '../../src/api/schemas/case.ts'
import { caseStatus } from '../../src/api/schemas/case.ts'
import { isOverdue } from '../../src/domain/case-status.ts'
import { dueKey } from './appeal-sort.ts'
import { caseSummary } from './case-summary.ts'
import { decidedOnTime, initialDecision, planYear } from './initial-decision.ts'
import { encodeCursor, type Cursor, type ListQuery } from './list-query.ts'

/**
 * What the worklist filters and sorts on, one small row per case: a store can keep these
 * beside the case records (as database indexes are kept) and list a page reading only
 * these rows and the page's own cases. Every field is fixed by the case record, so a row
 * is rebuilt whenever its case is written.
 */
export type CaseRow = {
  id: string
  status: CaseStatus
  lineOfBusiness: StoredCase['input']['lineOfBusiness']
  urgency: StoredCase['input']['urgency']
  reference: string
  dueAt: string
  receivedAt: string
  appealDueAt: string | null
  assigneeId: string | null
  /**
   * What the worklist shows of the case but its service's description (which comes from
   * the policy library when listed): a page of the list is then its rows alone, with no
   * case record read. Rows written before this field was added have none.
   */
  summary?: RowSummary
  /** The first final decision (the metrics' "initial decision"), when there is one. */
  decided: {
    decidedAt: string
    year: number
    action: 'approve' | 'deny'
    onTime: boolean
  } | null
}

/**
 * An age changes with the day, so a row keeps the date of birth it is counted from (the
 * list answers the age, never the date). Rows written before it was kept have none.
 */
export type RowSummary = Omit<CaseSummary, 'serviceDescription' | 'memberAge'> & {
  memberDateOfBirth?: string
}

/** A row as a store with indexes keeps it: with the list's fields (see `summary`). */
export function storedRow(c: StoredCase): CaseRow {
  const summary: RowSummary & { serviceDescription?: unknown; memberAge?: unknown } = caseSummary(
    c,
    new Map(),
  )
  delete summary.serviceDescription
  delete summary.memberAge
  return { ...caseRow(c), summary: { ...summary, memberDateOfBirth: c.input.dateOfBirth } }
}

export function caseRow(c: StoredCase): CaseRow {
  const d = initialDecision(c)
  return {
    id: c.id,
    status: c.status,
    lineOfBusiness: c.input.lineOfBusiness,
    urgency: c.input.urgency,
    reference: c.reference,
    // The due time it sorts by: an appeal in review is due when its appeal is.
    dueAt: dueKey(c),
    receivedAt: c.input.requestReceivedAt,
    appealDueAt: c.appeal?.clock.dueAt ?? null,
    assigneeId: c.assignedTo?.id ?? null,
    decided: d
      ? {
          decidedAt: d.decidedAt,
          year: planYear(d.decidedAt),
          action: d.action as 'approve' | 'deny',
          onTime: decidedOnTime(c, d),
        }
      : null,
  }
}

// A record is replaced, never changed in place (db.ts), so its row holds while it lives.
const rows = new WeakMap<StoredCase, CaseRow>()

/** The row of a case, built once per record object. */
export function rowOf(c: StoredCase): CaseRow {
  let r = rows.get(c)
  if (!r) rows.set(c, (r = caseRow(c)))
  return r
}

/** docs/product-rules.md, Case status: the one overdue rule (src/domain/case-status.ts). */
export function rowOverdue(r: CaseRow, now: Date): boolean {
  return isOverdue(r, now)
}

type Key = [value: string, id: string]
export const rowKey = (r: CaseRow, sort: ListQuery['sort']): Key => [
  sort.endsWith('dueAt') ? r.dueAt : r.receivedAt,
  r.id,
]

/** -1/0/1 for two (value, id) keys in the requested direction; the id breaks ties. */
export function compareKeys(a: Key, b: Key, sort: ListQuery['sort']) {
  const order = a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0
  return sort.startsWith('-') ? -order : order
}

export const sortRows = (rows: CaseRow[], sort: ListQuery['sort']) =>
  [...rows].sort((a, b) => compareKeys(rowKey(a, sort), rowKey(b, sort), sort))

export type PageOfRows = Omit<CaseList, 'items'> & { ids: string[] }

/**
 * One page of the worklist from rows already in the requested order: the ids on the
 * page, the cursor after it, the total, and counts per status that honour every filter
 * but status (so the tabs show what each would hold).
 */
export function pageOfRows(
  ordered: readonly CaseRow[],
  {
    query,
    userId,
    now,
    after,
  }: { query: ListQuery; userId: string; now: Date; after: Cursor | null },
): PageOfRows {
  const { status, lineOfBusiness, urgency, overdue, assignedToMe, reference, sort, limit } = query
  const { decidedYear, initialDecision: wanted, onTime } = query
  const metric = decidedYear !== undefined || wanted !== undefined || onTime !== undefined
  const counts = Object.fromEntries(caseStatus.options.map((s) => [s, 0])) as Record<
    CaseStatus,
    number
  >
  const ids: string[] = []
  let total = 0
  let last: CaseRow | undefined
  let more = false
  for (const r of ordered) {
    if (lineOfBusiness && !lineOfBusiness.includes(r.lineOfBusiness)) continue
    if (urgency && !urgency.includes(r.urgency)) continue
    if (overdue && !rowOverdue(r, now)) continue
    if (assignedToMe && r.assigneeId !== userId) continue
    if (reference && r.reference !== reference) continue
    if (metric) {
      const d = r.decided
      if (!d) continue
      if (decidedYear !== undefined && d.year !== decidedYear) continue
      if (wanted !== undefined && d.action !== wanted) continue
      if (onTime !== undefined && d.onTime !== onTime) continue
    }
    counts[r.status] += 1
    if (status && !status.includes(r.status)) continue
    total += 1
    if (after && compareKeys(rowKey(r, sort), [after.value, after.id], sort) <= 0) continue
    if (ids.length < limit) {
      ids.push(r.id)
      last = r
    } else more = true
  }
  const [value, id] = last ? rowKey(last, sort) : ['', '']
  return {
    ids,
    nextCursor: more && last ? encodeCursor({ sort, value, id }) : null,
    total,
    counts,
  }
}
