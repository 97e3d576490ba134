import { sql, type Kysely } from 'kysely'
import type { AuditEvent, StoredCase } from '../../src/api/schemas/case.ts'
import type { MockDb } from '../../mocks/db.ts'
import {
  auditRows,
  caseRow,
  decisionDraftRow,
  draftRow,
  idempotencyRow,
  META_KEYS,
  sessionFromRow,
  sessionRow,
  splitKey,
  TABLES,
  type TableName,
} from './rows.ts'
import { VersionConflict } from './health.ts'
import type { Tables } from './schema.ts'

/** The record objects last read or written, by `table/id`: unchanged ones are not written. */
export type Snapshot = Map<string, unknown>
type Db = Kysely<Tables>
const refKey = (table: string, id: string) => `${table}/${id}`
const CHUNK = 500

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
  await sql`truncate sessions, cases, drafts, decision_drafts, audit_events, idempotency, meta`.execute(
    q,
  )
  const empty = new Map<string, unknown>()
  for (const table of TABLES) await writeTable(q, table, db, empty)
  await writeMeta(q, db, empty)
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

async function remove(q: Db, table: TableName, ids: string[]) {
  for (const id of ids) {
    const [userId, rest] = splitKey(id)
    if (table === 'sessions') await q.deleteFrom('sessions').where('token', '=', id).execute()
    if (table === 'cases') await q.deleteFrom('cases').where('id', '=', id).execute()
    if (table === 'drafts') await q.deleteFrom('drafts').where('id', '=', id).execute()
    if (table === 'audit') await q.deleteFrom('audit_events').where('case_id', '=', id).execute()
    if (table === 'decisionDrafts')
      await q
        .deleteFrom('decision_drafts')
        .where('user_id', '=', userId)
        .where('case_id', '=', rest)
        .execute()
    if (table === 'idempotency')
      await q
        .deleteFrom('idempotency')
        .where('user_id', '=', userId)
        .where('key', '=', rest)
        .execute()
  }
}

async function upsert(q: Db, table: TableName, changed: [string, unknown, unknown][]) {
  if (!changed.length) return
  if (table === 'cases') {
    const fresh = changed.filter(([, , before]) => before === undefined)
    for (const [, record, before] of changed) {
      if (before === undefined) continue
      const row = caseRow(record as StoredCase)
      const { numUpdatedRows } = await q
        .updateTable('cases')
        .set(row)
        .where('id', '=', row.id)
        .where('version', '=', (before as StoredCase).version)
        .executeTakeFirst()
      if (numUpdatedRows === 0n) throw new VersionConflict(`Case ${row.id} changed concurrently`)
    }
    for (const part of chunks(fresh))
      await q
        .insertInto('cases')
        .values(part.map(([, r]) => caseRow(r as StoredCase)))
        .execute()
    return
  }
  if (table === 'audit') {
    const rows: ReturnType<typeof auditRows> = []
    for (const [caseId, record, before] of changed) {
      const events = record as AuditEvent[]
      const old = (before as AuditEvent[] | undefined) ?? []
      // Append-only: only the new events are written; anything else rewrites the trail.
      const appended = old.length <= events.length && old.every((e, i) => events[i] === e)
      if (!appended) await q.deleteFrom('audit_events').where('case_id', '=', caseId).execute()
      rows.push(...auditRows(caseId, events, appended ? old.length : 0))
    }
    for (const part of chunks(rows)) await q.insertInto('audit_events').values(part).execute()
    return
  }
  for (const part of chunks(changed)) {
    if (table === 'sessions') {
      const rows = part.map(([id, r]) => sessionRow(id, r as MockDb['sessions'][string]))
      await q
        .insertInto('sessions')
        .values(rows)
        .onConflict((oc) =>
          oc.column('token').doUpdateSet((eb) => ({ expires_at: eb.ref('excluded.expires_at') })),
        )
        .execute()
    } else if (table === 'drafts') {
      const rows = part.map(([id, r]) => draftRow(id, r as MockDb['drafts'][string]))
      await q
        .insertInto('drafts')
        .values(rows)
        .onConflict((oc) =>
          oc.column('id').doUpdateSet((eb) => ({
            owner_id: eb.ref('excluded.owner_id'),
            body: eb.ref('excluded.body'),
          })),
        )
        .execute()
    } else if (table === 'decisionDrafts') {
      const rows = part.map(([id, r]) =>
        decisionDraftRow(id, r as MockDb['decisionDrafts'][string]),
      )
      await q
        .insertInto('decision_drafts')
        .values(rows)
        .onConflict((oc) =>
          oc
            .columns(['user_id', 'case_id'])
            .doUpdateSet((eb) => ({ body: eb.ref('excluded.body') })),
        )
        .execute()
    } else {
      // A repeated Idempotency-Key replays the first answer: a second insert is a bug, so no upsert.
      const rows = part.map(([id, r]) => idempotencyRow(id, r as MockDb['idempotency'][string]))
      await q.insertInto('idempotency').values(rows).execute()
    }
  }
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

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK))
  return out
}
