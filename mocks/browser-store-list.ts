import type { CaseStatus } from '../src/api/schemas/case.ts'
import { caseStatus } from '../src/api/schemas/case.ts'
import type { CasePageArgs } from '../service/store.ts'
import { compareKeys, rowKey, type CaseRow, type PageOfRows } from '../service/cases/case-rows.ts'
import { encodeCursor } from '../service/cases/list-query.ts'
import { CASE_ROWS, result } from './browser-store-idb.ts'

/**
 * The worklist's common views (all cases or some statuses, any order, any page) read
 * from IndexedDB indexes as a database would: one page per status with a cursor, and
 * the counts per status with `count()` over an index range, never reading the other
 * rows. Null for a query with other filters: those scan the rows (browser-store.ts).
 */
export async function pageFromIndexes(
  database: IDBDatabase,
  { query, after }: CasePageArgs,
  /** The counts per status read before, while no write has happened since. */
  knownCounts: Record<CaseStatus, number> | null = null,
): Promise<(PageOfRows & { rows: CaseRow[] }) | null> {
  const { status, sort, limit } = query
  const others =
    query.lineOfBusiness ||
    query.urgency ||
    query.overdue ||
    query.assignedToMe ||
    query.reference ||
    query.decidedYear !== undefined ||
    query.initialDecision !== undefined ||
    query.onTime !== undefined
  if (others) return null
  const store = database.transaction(CASE_ROWS, 'readonly').objectStore(CASE_ROWS)
  const field = sort.endsWith('dueAt') ? 'dueAt' : 'receivedAt'
  const descending = sort.startsWith('-')
  const byStatus = store.index(`status-${field}`)
  // [s] sorts before every [s, value, id], and [s, []] after them (arrays after strings).
  // Counting walks the index: the counts are read once per write, not once per page.
  const counted = knownCounts
    ? Promise.resolve(caseStatus.options.map((s) => knownCounts[s]))
    : Promise.all(
        caseStatus.options.map((s) => result(byStatus.count(IDBKeyRange.bound([s], [s, []])))),
      )
  const from = after ? [after.value, after.id] : null
  const lists = status
    ? [...new Set(status)].map((s) =>
        take(byStatus, range([s], from && [s, ...from], descending), descending, limit + 1),
      )
    : [take(store.index(field), range([], from, descending), descending, limit + 1)]
  // Each list is in order; the first `limit` of them all, merged, is the page.
  const merged = (await Promise.all(lists))
    .flat()
    .sort((a, b) => compareKeys(rowKey(a, sort), rowKey(b, sort), sort))
  const page = merged.slice(0, limit)
  const perStatus = await counted
  const counts = Object.fromEntries(caseStatus.options.map((s, i) => [s, perStatus[i]!])) as Record<
    CaseStatus,
    number
  >
  const total = (status ? [...new Set(status)] : caseStatus.options).reduce(
    (sum, s) => sum + counts[s],
    0,
  )
  const last = page.at(-1)
  const [value, id] = last ? rowKey(last, sort) : ['', '']
  return {
    rows: page,
    ids: page.map((r) => r.id),
    nextCursor: merged.length > limit && last ? encodeCursor({ sort, value, id }) : null,
    total,
    counts,
  }
}

/**
 * The key range after the cursor in the requested direction, within a status's prefix
 * (`[s]`) or over the whole index (`[]`).
 */
function range(prefix: unknown[], after: unknown[] | null, descending: boolean) {
  const low = prefix.length ? prefix : undefined
  const high = prefix.length ? [...prefix, []] : undefined
  if (!after) return low && high ? IDBKeyRange.bound(low, high) : null
  if (descending)
    return low ? IDBKeyRange.bound(low, after, false, true) : IDBKeyRange.upperBound(after, true)
  return high ? IDBKeyRange.bound(after, high, true, false) : IDBKeyRange.lowerBound(after, true)
}

/** `getAllRecords` (Chromium 141 and later): records in either direction in one request. */
type RecordsIndex = IDBIndex & {
  getAllRecords?: (options: {
    query: IDBKeyRange | null
    count: number
    direction: IDBCursorDirection
  }) => IDBRequest<{ value: unknown }[]>
}

/**
 * Up to `n` rows from an index range, in the requested direction, in one request where
 * the browser can (`getAll` reads forwards only); otherwise with a cursor, which costs
 * a round trip to the database per row.
 */
function take(index: RecordsIndex, keys: IDBKeyRange | null, descending: boolean, n: number) {
  if (!descending) return result(index.getAll(keys, n) as IDBRequest<CaseRow[]>)
  if (typeof index.getAllRecords === 'function')
    return result(index.getAllRecords({ query: keys, count: n, direction: 'prev' })).then(
      (records) => records.map((r) => r.value as CaseRow),
    )
  return new Promise<CaseRow[]>((resolve, reject) => {
    const out: CaseRow[] = []
    const req = index.openCursor(keys, 'prev')
    req.onerror = () => reject(req.error)
    req.onsuccess = () => {
      const cursor = req.result
      if (!cursor || out.length >= n) return resolve(out)
      out.push(cursor.value as CaseRow)
      cursor.continue()
    }
  })
}
