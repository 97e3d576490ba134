import type { StoredCase } from '../../src/api/schemas/case.ts'
import { compareKeys } from './case-rows.ts'
import type { ListQuery } from './list-query.ts'
import { dueKey, mergeAppeals } from './appeal-sort.ts'

type Key = [value: string, id: string]

/** The (value, id) a case sorts by; the id breaks ties, so the order is total. */
const sortKey = (c: StoredCase, sort: ListQuery['sort']): Key => [
  sort.endsWith('dueAt') ? dueKey(c) : c.input.requestReceivedAt,
  c.id,
]

/** The same, by the first clock only: a key that never changes, so its order can be kept. */
const stableKey = (c: StoredCase, sort: ListQuery['sort']): Key => [
  sort.endsWith('dueAt') ? c.turnaround.dueAt : c.input.requestReceivedAt,
  c.id,
]

// A case's first due and received times never change once it is created, and cases are
// never removed but by a reset (a new table object). So the order of the ids holds
// until a case is added: sorting 10,000 cases on every request is work done once.
const cache = new WeakMap<object, Map<ListQuery['sort'], { count: number; ids: string[] }>>()

/** Every case in the requested order, the records read afresh from the table. */
export function sortedCases(
  table: Record<string, StoredCase>,
  sort: ListQuery['sort'],
): StoredCase[] {
  const ids = Object.keys(table)
  let bySort = cache.get(table)
  if (!bySort) cache.set(table, (bySort = new Map()))
  let entry = bySort.get(sort)
  if (!entry || entry.count !== ids.length) {
    const ordered = ids
      .map((id) => ({ id, key: stableKey(table[id]!, sort) }))
      .sort((a, b) => compareKeys(a.key, b.key, sort))
    entry = { count: ids.length, ids: ordered.map((o) => o.id) }
    bySort.set(sort, entry)
  }
  const ordered = entry.ids.map((id) => table[id]!)
  // An appeal in review is due when its appeal is: placed afresh, since appeals come and go.
  if (!sort.endsWith('dueAt')) return ordered
  return mergeAppeals(ordered, (a, b) => compareKeys(sortKey(a, sort), sortKey(b, sort), sort))
}
