import type { CaseStatus, StoredCase } from '../src/api/schemas/case.ts'
import type { CaselessDb, CasePage, CasePageArgs, DbStore, MockDb } from '../service/store.ts'
import { pageOfRows, sortRows, storedRow, type CaseRow } from '../service/cases/case-rows.ts'
import type { ListQuery } from '../service/cases/list-query.ts'
import * as idb from './browser-store-idb.ts'
import { pageFromIndexes } from './browser-store-list.ts'

/**
 * The mock service's own storage in the page (never the app's): IndexedDB holds the
 * records (layout in browser-store-idb.ts); localStorage holds a version stamp bumped on
 * every write, and a second one bumped when a case changed (`changeMarker`, which the
 * live events of every tab read). Each tab keeps what it read in memory and reads IndexedDB again only when
 * the stamp shows another tab (or a reload) wrote. Most requests need no case
 * (`loadCaseless`), and the worklist reads the small per-case rows and then only its
 * page's cases (`listCases`), so a new page does not read 10,000 case records to show
 * 50; a request that needs the cases (`load`) reads them all, as before. A write puts
 * only the records whose object changed (db.ts: replace, never mutate). Writes that
 * check something (db.ts `transact`) hold a Web Lock shared by every tab of the origin,
 * and read the database inside it, so two tabs can neither both win nor lose a write.
 */
const VERSION_KEY = 'criteria-review-mock-service.version'
/** Bumped only when a case, its trail or its letters changed: GET /events reads it in every tab. */
const CASES_KEY = 'criteria-review-mock-service.cases'
const LOCK = 'criteria-review-mock-service.write'
// Members and providers are few enough (a demo's, a small plan's) to sit with the small tables.
const SMALL_TABLES = [
  'sessions',
  'drafts',
  'decisionDrafts',
  'idempotency',
  'members',
  'providers',
] as const
const CASE_TABLES = { cases: idb.CASES, audit: idb.AUDIT, letters: idb.LETTERS } as const
type Meta = Pick<MockDb, 'referenceSequence' | 'faults' | 'latencyMs' | 'syntheticPolicies'>
type Rows = { byId: Map<string, CaseRow>; ordered: Map<ListQuery['sort'], CaseRow[]> }

function readStamp(key = VERSION_KEY): string | null {
  try {
    return localStorage.getItem(key)
  } catch {
    return null
  }
}

function writeStamp(key = VERSION_KEY): string {
  const stamp = `${Date.now()}.${Math.random().toString(36).slice(2)}`
  try {
    localStorage.setItem(key, stamp)
  } catch {
    // Without localStorage other tabs cannot tell; this tab still works.
  }
  return stamp
}

const hasSummary = (r: CaseRow): r is CaseRow & Required<Pick<CaseRow, 'summary'>> =>
  r.summary !== undefined

const recordKey = (table: string, id: string) => `${table}/${id}`
const emptyTables = () => ({
  ...{ sessions: {}, drafts: {}, decisionDrafts: {}, idempotency: {} },
  ...{ members: {}, providers: {} },
})

export function browserStore(): DbStore {
  const open = idb.openMockIdb()
  let memory: MockDb | null = null
  let stamp: string | null = null
  let caseless: { db: CaselessDb; stamp: string | null } | null = null
  let rows: { rows: Rows; stamp: string | null } | null = null
  let counts: { counts: Record<CaseStatus, number>; stamp: string | null } | null = null
  /** The object last written or read for each record key: unchanged objects are skipped. */
  let saved = new Map<string, unknown>()
  let queue: Promise<void> = Promise.resolve()

  /** The 'records' store: the small tables and the meta record (null before the first seed). */
  async function readSmall(store: IDBObjectStore, into: Map<string, unknown>) {
    const [keys, values] = await Promise.all([
      idb.result(store.getAllKeys()),
      idb.result(store.getAll()),
    ])
    const meta = values[keys.indexOf('meta')] as Meta | undefined
    if (!meta) return null
    const db: CaselessDb = { ...meta, ...emptyTables() }
    keys.forEach((key, i) => {
      const [table, ...rest] = String(key).split('/')
      if (!SMALL_TABLES.includes(table as (typeof SMALL_TABLES)[number])) return
      ;(db[table as (typeof SMALL_TABLES)[number]] as Record<string, unknown>)[rest.join('/')] =
        values[i]
      into.set(String(key), values[i])
    })
    return db
  }

  async function loadFromIdb(): Promise<MockDb | null> {
    const tx = (await open).transaction(
      [idb.RECORDS, idb.CASES, idb.AUDIT, idb.LETTERS],
      'readonly',
    )
    const next = new Map<string, unknown>()
    const readTable = async (table: keyof typeof CASE_TABLES) => {
      const store = tx.objectStore(CASE_TABLES[table])
      const [keys, values] = await Promise.all([
        idb.result(store.getAllKeys()),
        idb.result(store.getAll()),
      ])
      const out: Record<string, unknown> = {}
      keys.forEach((key, i) => {
        out[String(key)] = values[i]
        next.set(recordKey(table, String(key)), values[i])
      })
      return out
    }
    const [small, cases, audit, letters] = await Promise.all([
      readSmall(tx.objectStore(idb.RECORDS), next),
      readTable('cases'),
      readTable('audit'),
      readTable('letters'),
    ])
    if (!small) return null
    saved = next
    return { ...small, cases, audit, letters } as MockDb
  }

  async function readRows(): Promise<Rows> {
    const tx = (await open).transaction(idb.CASE_ROWS, 'readonly')
    // The index returns the rows by (due time, id): the worklist's default order.
    const byDue = await idb.result(tx.objectStore(idb.CASE_ROWS).index('dueAt').getAll())
    const ordered = new Map<ListQuery['sort'], CaseRow[]>([['dueAt', byDue as CaseRow[]]])
    return { byId: new Map(byDue.map((r: CaseRow) => [r.id, r])), ordered }
  }

  function orderedRows(r: Rows, sort: ListQuery['sort']): CaseRow[] {
    let list = r.ordered.get(sort)
    if (!list) {
      const byDue = r.ordered.get('dueAt')
      list =
        sort === '-dueAt' && byDue ? [...byDue].reverse() : sortRows([...r.byId.values()], sort)
      r.ordered.set(sort, list)
    }
    return list
  }

  /** Every row, kept in memory while no tab writes. */
  async function currentRows(): Promise<Rows> {
    const current = readStamp()
    if (!rows || rows.stamp !== current) rows = { rows: await readRows(), stamp: current }
    return rows.rows
  }

  /** Any other filter: every row, filtered here. */
  async function scanRows(args: CasePageArgs) {
    return pageOfRows(orderedRows(await currentRows(), args.query.sort), args)
  }

  async function persist(db: MockDb) {
    const tx = (await open).transaction(idb.ALL_STORES, 'readwrite')
    const records = tx.objectStore(idb.RECORDS)
    const rowStore = tx.objectStore(idb.CASE_ROWS)
    const fresh = db !== memory
    // A new database object (a reset or the first seed) replaces everything.
    if (fresh) {
      for (const name of idb.ALL_STORES) tx.objectStore(name).clear()
      saved = new Map()
    }
    const next = new Map<string, unknown>()
    const changedRows: CaseRow[] = []
    let casesChanged = fresh
    for (const table of SMALL_TABLES)
      for (const [id, record] of Object.entries(db[table])) {
        const key = recordKey(table, id)
        next.set(key, record)
        if (saved.get(key) !== record) records.put(record, key)
      }
    for (const table of ['cases', 'audit', 'letters'] as const)
      for (const [id, record] of Object.entries(db[table])) {
        const key = recordKey(table, id)
        next.set(key, record)
        if (saved.get(key) === record) continue
        casesChanged = true
        tx.objectStore(CASE_TABLES[table]).put(record, id)
        if (table === 'cases') {
          const row = storedRow(record as StoredCase)
          rowStore.put(row)
          changedRows.push(row)
        }
      }
    const removed = [...saved.keys()].filter((key) => !next.has(key))
    for (const key of removed) {
      const [table, ...rest] = key.split('/')
      const id = rest.join('/')
      if (table === 'cases') {
        tx.objectStore(idb.CASES).delete(id)
        rowStore.delete(id)
      } else if (table === 'audit') tx.objectStore(idb.AUDIT).delete(id)
      else if (table === 'letters') tx.objectStore(idb.LETTERS).delete(id)
      else records.delete(key)
    }
    const { referenceSequence, faults, latencyMs, syntheticPolicies } = db
    records.put({ referenceSequence, faults, latencyMs, syntheticPolicies } satisfies Meta, 'meta')
    await idb.done(tx)
    const before = stamp
    saved = next
    memory = db
    stamp = writeStamp()
    if (casesChanged || removed.some((key) => /^(cases|audit|letters)\//.test(key)))
      writeStamp(CASES_KEY)
    caseless = null
    // The rows this tab holds stay current when they were current before this write.
    if (rows && !fresh && rows.stamp === before) {
      for (const r of changedRows) rows.rows.byId.set(r.id, r)
      for (const key of removed) if (key.startsWith('cases/')) rows.rows.byId.delete(key.slice(6))
      rows.rows.ordered = new Map()
      rows.stamp = stamp
    } else rows = null
  }

  return {
    changeMarker: async () => readStamp(CASES_KEY) ?? '',
    exclusive(fn) {
      // Without Web Locks (very old browsers) a tab still serializes its own writes (db.ts).
      if (typeof navigator === 'undefined' || !navigator.locks) return fn()
      return navigator.locks.request(LOCK, { mode: 'exclusive' }, fn)
    },
    async load() {
      await queue
      const current = readStamp()
      if (memory && current === stamp) return memory
      memory = await loadFromIdb()
      stamp = current
      return memory
    },
    async loadCaseless() {
      await queue
      const current = readStamp()
      if (memory && current === stamp) return memory
      if (caseless && caseless.stamp === current) return caseless.db
      const tx = (await open).transaction(idb.RECORDS, 'readonly')
      const db = await readSmall(tx.objectStore(idb.RECORDS), new Map())
      caseless = db ? { db, stamp: current } : null
      return db
    },
    async listCases(args: CasePageArgs): Promise<CasePage> {
      await queue
      const current = readStamp()
      const known = counts?.stamp === current ? counts.counts : null
      const indexed = await pageFromIndexes(await open, args, known)
      if (indexed && !known) counts = { counts: indexed.counts, stamp: current }
      // Rows that carry the list's fields are the page: no case record is read.
      if (indexed && indexed.rows.every(hasSummary)) {
        const { nextCursor, total, counts, rows } = indexed
        return { nextCursor, total, counts, rows }
      }
      const { ids, ...page } = indexed ?? (await scanRows(args))
      const tx = (await open).transaction(idb.CASES, 'readonly')
      const store = tx.objectStore(idb.CASES)
      const items = await Promise.all(
        ids.map((id) => idb.result(store.get(id) as IDBRequest<StoredCase | undefined>)),
      )
      return { ...page, items: items.filter((c) => c !== undefined) }
    },
    async caseRows() {
      await queue
      return (await currentRows()).byId.values()
    },
    save(db) {
      const write = queue.then(() => persist(db))
      // One failed write must not fail every later request of the tab.
      queue = write.catch((error: unknown) => console.error('Mock database write failed', error))
      return write
    },
  }
}
