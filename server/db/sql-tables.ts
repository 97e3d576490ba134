import { sql, type Kysely } from 'kysely'
import type { MockDb } from '../../service/store.ts'
import { META_KEYS, TABLES, type TableName } from './rows.ts'
import { refKey, type Snapshot } from './sql-reads.ts'
import { markCaseChange, remove, upsert, Writes } from './sql-writes.ts'
import type { Tables } from './schema.ts'

type Db = Kysely<Tables>

function snapshot(db: MockDb): Snapshot {
  const refs: Snapshot = new Map()
  for (const table of TABLES)
    for (const [id, record] of Object.entries(db[table])) refs.set(refKey(table, id), record)
  for (const key of META_KEYS) refs.set(refKey('meta', key), JSON.stringify(db[key]))
  return refs
}

/** A new database object (the first seed, a reset): every table is replaced. */
export async function writeAll(q: Db, db: MockDb): Promise<Snapshot> {
  await sql`truncate sessions, cases, case_status_counts, assignee_open_counts, drafts, decision_drafts, audit_events, issued_letters, idempotency, members, providers, meta`.execute(
    q,
  )
  const empty = new Map<string, unknown>()
  const w = new Writes(q)
  for (const table of TABLES) writeTable(w, table, db, empty)
  writeMeta(w, db, empty)
  await w.send(false)
  // The row says the database is seeded: a request on a new database seeds it first.
  await q
    .insertInto('change_counter')
    .values({ id: 1, counter: 1 })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute()
  await markCaseChange(q)
  return snapshot(db)
}

/** Only what changed since `base` was read; a case update checks the version it was read at. */
export async function writeChanges(q: Db, base: { refs: Snapshot }, db: MockDb): Promise<Snapshot> {
  let casesChanged = false
  const w = new Writes(q)
  for (const table of TABLES) {
    const changed = writeTable(w, table, db, base.refs)
    if (changed && CASE_TABLES.has(table)) casesChanged = true
  }
  writeMeta(w, db, base.refs, true)
  // The change marker goes with the writes: the statement that writes is the last.
  await w.send(casesChanged)
  return snapshot(db)
}

/** A case, its trail or its letters: what the live worklist and case page show. */
const CASE_TABLES = new Set<TableName>(['cases', 'audit', 'letters'])

/** The change marker every process reads (GET /api/events): one row, no lock. */
export async function readCaseChangeMarker(q: Db): Promise<string> {
  const { rows } = await sql<{
    last_value: string | number
    is_called: boolean
  }>`select last_value, is_called from case_changes`.execute(q)
  const row = rows[0]
  return row ? `${row.last_value}.${row.is_called ? 1 : 0}` : '0'
}

function writeTable(w: Writes, table: TableName, db: MockDb, refs: Snapshot) {
  const records = db[table] as Record<string, unknown>
  const changed: [string, unknown, unknown][] = []
  for (const [id, record] of Object.entries(records)) {
    const before = refs.get(refKey(table, id))
    if (before !== record) changed.push([id, record, before])
  }
  const gone = [...refs.keys()]
    .filter((k) => k.startsWith(`${table}/`))
    .map((k) => k.slice(table.length + 1))
    .filter((id) => !Object.hasOwn(records, id))
  remove(w, table, gone)
  upsert(w, table, changed)
  return changed.length > 0 || gone.length > 0
}

/** `onlyRead`: a switch the transaction never read (Need.switches false) is left as it is. */
function writeMeta(w: Writes, db: MockDb, refs: Snapshot, onlyRead = false) {
  for (const key of META_KEYS) {
    if (onlyRead && !refs.has(refKey('meta', key))) continue
    const value = JSON.stringify(db[key])
    if (refs.get(refKey('meta', key)) === value) continue
    w.add(
      'meta',
      w.db
        .insertInto('meta')
        .values({ key, value })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value })),
    )
  }
}
