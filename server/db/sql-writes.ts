import { CompiledQuery, sql, type Compilable, type Kysely } from 'kysely'
import type { AuditEvent, StoredCase } from '../../src/api/schemas/case.ts'
import type { IssuedLetter } from '../../src/api/schemas/letter.ts'
import type { MockDb } from '../../service/store.ts'
import { VersionConflict } from './health.ts'
import {
  auditRows,
  caseRow,
  letterRow,
  decisionDraftRow,
  draftRow,
  idempotencyRow,
  sessionRow,
  splitKey,
  type TableName,
} from './rows.ts'
import type { Tables } from './schema.ts'

/** Deletes and upserts of one table's records, in batches. */
type Db = Kysely<Tables>

/**
 * Advances the change marker (migration 0011) as the transaction's last statement, so
 * another process that reads the new value a moment later finds the write committed.
 * (A save sends it in the statement of its writes: `Writes.send`.)
 */
export async function markCaseChange(q: Db) {
  await sql`select nextval('case_changes')`.execute(q)
}
const CHUNK = 500

const MAX_PARAMETERS = 30_000

/** A statement of a save; `conflict`: it must change one row, else the case moved meanwhile. */
type Write = { table: string; query: CompiledQuery; conflict?: string }

/**
 * The statements one save sends, collected first and then sent (`send`). Each statement
 * costs a round trip (and on this project's machine about 0.2 ms of the service's CPU in
 * the socket write alone), so a save that touches each table once is sent as one
 * statement: each write a data-modifying WITH part, with the change marker in the same
 * statement. A save that writes one table twice (a delete and an insert, several
 * chunks) is sent statement by statement, in order.
 */
export class Writes {
  private list: Write[] = []
  constructor(readonly db: Db) {}

  add(table: string, query: Compilable, conflict?: string) {
    this.list.push({ table, query: query.compile(), ...(conflict ? { conflict } : {}) })
  }

  /** Sends the statements; `mark`: the change marker advances too (migration 0011). */
  async send(mark: boolean) {
    const writes = this.list
    this.list = []
    const tables = writes.map((w) => w.table)
    const count = writes.reduce((n, w) => n + w.query.parameters.length, 0)
    // Postgres takes at most 65,535 parameters a statement: a reset's seed goes one by one.
    const apart = new Set(tables).size < tables.length || count > MAX_PARAMETERS
    if (apart || writes.length + (mark ? 1 : 0) < 2) {
      for (const w of writes) {
        const { rows } = await this.db.executeQuery(w.query)
        if (w.conflict && rows.length !== 1) throw new VersionConflict(w.conflict)
      }
      if (mark) await markCaseChange(this.db)
      return
    }
    const parameters: unknown[] = []
    const parts = writes.map((w, i) => {
      const offset = parameters.length
      parameters.push(...w.query.parameters)
      // The builders' text holds no literal with a `$` (values are parameters): renumber.
      const text = w.query.sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`)
      return `w${i} as (${text})`
    })
    const outputs = [
      ...writes.flatMap((w, i) => (w.conflict ? [`(select count(*) from w${i}) as w${i}`] : [])),
      ...(mark ? [`nextval('case_changes') as marker`] : []),
    ]
    const text = `with ${parts.join(', ')} select ${outputs.join(', ') || '1'}`
    const { rows } = await this.db.executeQuery<Record<string, string | number>>(
      CompiledQuery.raw(text, parameters),
    )
    writes.forEach((w, i) => {
      if (w.conflict && Number(rows[0]?.[`w${i}`]) !== 1) throw new VersionConflict(w.conflict)
    })
  }
}

export function remove(w: Writes, table: TableName, ids: string[]) {
  const q = w.db
  for (const id of ids) {
    const [userId, rest] = splitKey(id)
    if (table === 'sessions') w.add('sessions', q.deleteFrom('sessions').where('token', '=', id))
    if (table === 'cases') w.add('cases', q.deleteFrom('cases').where('id', '=', id))
    if (table === 'drafts') w.add('drafts', q.deleteFrom('drafts').where('id', '=', id))
    if (table === 'audit')
      w.add('audit_events', q.deleteFrom('audit_events').where('case_id', '=', id))
    // An issued letter is a record of what was sent: nothing but a reset (truncate) drops it.
    if (table === 'members') w.add('members', q.deleteFrom('members').where('member_id', '=', id))
    if (table === 'providers') w.add('providers', q.deleteFrom('providers').where('npi', '=', id))
    if (table === 'decisionDrafts')
      w.add(
        'decision_drafts',
        q.deleteFrom('decision_drafts').where('user_id', '=', userId).where('case_id', '=', rest),
      )
    if (table === 'idempotency')
      w.add(
        'idempotency',
        q.deleteFrom('idempotency').where('user_id', '=', userId).where('key', '=', rest),
      )
  }
}

export function upsert(w: Writes, table: TableName, changed: [string, unknown, unknown][]) {
  if (!changed.length) return
  const q = w.db
  if (table === 'cases') {
    const fresh = changed.filter(([, , before]) => before === undefined)
    for (const [, record, before] of changed) {
      if (before === undefined) continue
      const row = caseRow(record as StoredCase)
      w.add(
        'cases',
        q
          .updateTable('cases')
          .set(row)
          .where('id', '=', row.id)
          .where('version', '=', (before as StoredCase).version)
          .returning(sql<number>`1`.as('one')),
        `Case ${row.id} changed concurrently`,
      )
    }
    for (const part of chunks(fresh))
      w.add('cases', q.insertInto('cases').values(part.map(([, r]) => caseRow(r as StoredCase))))
    return
  }
  if (table === 'audit') {
    const rows: ReturnType<typeof auditRows> = []
    for (const [caseId, record, before] of changed) {
      const events = record as AuditEvent[]
      const old = (before as AuditEvent[] | undefined) ?? []
      // Append-only: only the new events are written; anything else rewrites the trail.
      const appended = old.length <= events.length && old.every((e, i) => events[i] === e)
      if (!appended)
        w.add('audit_events', q.deleteFrom('audit_events').where('case_id', '=', caseId))
      rows.push(...auditRows(caseId, events, appended ? old.length : 0))
    }
    for (const part of chunks(rows))
      w.add('audit_events', q.insertInto('audit_events').values(part))
    return
  }
  if (table === 'letters') {
    // Issued letters are never rewritten: only those not read before are new, and a
    // letter already on file (same id) stays as it was.
    const rows = changed.flatMap(([, record, before]) => {
      const known = new Set(((before as IssuedLetter[] | undefined) ?? []).map((l) => l.id))
      return (record as IssuedLetter[]).filter((l) => !known.has(l.id)).map(letterRow)
    })
    for (const part of chunks(rows))
      w.add(
        'issued_letters',
        q
          .insertInto('issued_letters')
          .values(part)
          .onConflict((oc) => oc.column('id').doNothing()),
      )
    return
  }
  for (const part of chunks(changed)) {
    if (table === 'sessions') {
      // A session that was read is updated, never inserted again: one ended meanwhile (a
      // sign-out, the purge) stays ended.
      for (const [id, r, before] of part) {
        if (before === undefined) continue
        const row = sessionRow(id, r as MockDb['sessions'][string])
        w.add(
          'sessions',
          q
            .updateTable('sessions')
            .set({ expires_at: row.expires_at, last_seen_at: row.last_seen_at })
            .where('token', '=', id),
        )
      }
      const fresh = part.filter(([, , before]) => before === undefined)
      if (fresh.length)
        w.add(
          'sessions',
          q
            .insertInto('sessions')
            .values(fresh.map(([id, r]) => sessionRow(id, r as MockDb['sessions'][string]))),
        )
    } else if (table === 'drafts') {
      const rows = part.map(([id, r]) => draftRow(id, r as MockDb['drafts'][string]))
      w.add(
        'drafts',
        q
          .insertInto('drafts')
          .values(rows)
          .onConflict((oc) =>
            oc.column('id').doUpdateSet((eb) => ({
              owner_id: eb.ref('excluded.owner_id'),
              body: eb.ref('excluded.body'),
            })),
          ),
      )
    } else if (table === 'members') {
      const rows = part.map(([id, r]) => ({ member_id: id, body: JSON.stringify(r) }))
      w.add(
        'members',
        q
          .insertInto('members')
          .values(rows)
          .onConflict((oc) =>
            oc.column('member_id').doUpdateSet((eb) => ({ body: eb.ref('excluded.body') })),
          ),
      )
    } else if (table === 'providers') {
      const rows = part.map(([id, r]) => ({ npi: id, body: JSON.stringify(r) }))
      w.add(
        'providers',
        q
          .insertInto('providers')
          .values(rows)
          .onConflict((oc) =>
            oc.column('npi').doUpdateSet((eb) => ({ body: eb.ref('excluded.body') })),
          ),
      )
    } else if (table === 'decisionDrafts') {
      const rows = part.map(([id, r]) =>
        decisionDraftRow(id, r as MockDb['decisionDrafts'][string]),
      )
      w.add(
        'decision_drafts',
        q
          .insertInto('decision_drafts')
          .values(rows)
          .onConflict((oc) =>
            oc
              .columns(['user_id', 'case_id'])
              .doUpdateSet((eb) => ({ body: eb.ref('excluded.body') })),
          ),
      )
    } else {
      // A repeated Idempotency-Key replays the first answer: a second insert is a bug, so no upsert.
      const rows = part.map(([id, r]) => idempotencyRow(id, r as MockDb['idempotency'][string]))
      w.add('idempotency', q.insertInto('idempotency').values(rows))
    }
  }
}

export function chunks<T>(items: T[]): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK))
  return out
}
