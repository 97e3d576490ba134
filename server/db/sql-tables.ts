import { sql, type Kysely } from 'kysely'
import type { AuditEvent, StoredCase } from '../../src/api/schemas/case.ts'
import type { MockDb } from '../../service/store.ts'
import { META_KEYS, sessionFromRow, TABLES, type TableName } from './rows.ts'
import { refKey, type Snapshot } from './sql-reads.ts'
import { remove, upsert } from './sql-writes.ts'
import type { Tables } from './schema.ts'

type Db = Kysely<Tables>

/** Reads every table into a MockDb (over `into`, which gives the empty shape). */
export async function readAll(q: Db, into: MockDb): Promise<{ db: MockDb; refs: Snapshot }> {
  const [sessions, cases, drafts, decisionDrafts, audit, idempotency, meta] = await Promise.all([
    q.selectFrom('sessions').selectAll().execute(),
    q.selectFrom('cases').select(['id', 'body']).execute(),
    q.selectFrom('drafts').select(['id', 'body']).execute(),
    q.selectFrom('decision_drafts').selectAll().execute(),
    q.selectFrom('audit_events').selectAll().orderBy('case_id').orderBy('seq').execute(),
    q.selectFrom('idempotency').select(['user_id', 'key', 'body']).execute(),
    q.selectFrom('meta').selectAll().execute(),
  ])
  const db = into
  for (const r of sessions) db.sessions[r.token] = sessionFromRow(r)
  for (const r of cases) db.cases[r.id] = r.body as StoredCase
  for (const r of drafts) db.drafts[r.id] = r.body as MockDb['drafts'][string]
  for (const r of decisionDrafts)
    db.decisionDrafts[`${r.user_id} ${r.case_id}`] = r.body as MockDb['decisionDrafts'][string]
  for (const r of audit) (db.audit[r.case_id] ??= []).push(r.body as AuditEvent)
  for (const r of idempotency)
    db.idempotency[`${r.user_id} ${r.key}`] = r.body as MockDb['idempotency'][string]
  const m = db as Record<string, unknown>
  for (const r of meta) if ((META_KEYS as readonly string[]).includes(r.key)) m[r.key] = r.value
  return { db, refs: snapshot(db) }
}

function snapshot(db: MockDb): Snapshot {
  const refs: Snapshot = new Map()
  for (const table of TABLES)
    for (const [id, record] of Object.entries(db[table])) refs.set(refKey(table, id), record)
  for (const key of META_KEYS) refs.set(refKey('meta', key), JSON.stringify(db[key]))
  return refs
}

/** A new database object (the first seed, a reset): every table is replaced. */
export async function writeAll(q: Db, db: MockDb): Promise<Snapshot> {
  await sql`truncate sessions, cases, case_status_counts, assignee_open_counts, drafts, decision_drafts, audit_events, idempotency, meta`.execute(
    q,
  )
  const empty = new Map<string, unknown>()
  for (const table of TABLES) await writeTable(q, table, db, empty)
  await writeMeta(q, db, empty)
  // The row says the database is seeded: a request on a new database seeds it first.
  await q
    .insertInto('change_counter')
    .values({ id: 1, counter: 1 })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute()
  return snapshot(db)
}

/** Only what changed since `base` was read; a case update checks the version it was read at. */
export async function writeChanges(q: Db, base: { refs: Snapshot }, db: MockDb): Promise<Snapshot> {
  for (const table of TABLES) await writeTable(q, table, db, base.refs)
  await writeMeta(q, db, base.refs)
  return snapshot(db)
}

async function writeTable(q: Db, table: TableName, db: MockDb, refs: Snapshot) {
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
  await remove(q, table, gone)
  await upsert(q, table, changed)
}

async function writeMeta(q: Db, db: MockDb, refs: Snapshot) {
  for (const key of META_KEYS) {
    const value = JSON.stringify(db[key])
    if (refs.get(refKey('meta', key)) === value) continue
    await q
      .insertInto('meta')
      .values({ key, value })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
      .execute()
  }
}
