import type { Kysely } from 'kysely'
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
const CHUNK = 500

export async function remove(q: Db, table: TableName, ids: string[]) {
  for (const id of ids) {
    const [userId, rest] = splitKey(id)
    if (table === 'sessions') await q.deleteFrom('sessions').where('token', '=', id).execute()
    if (table === 'cases') await q.deleteFrom('cases').where('id', '=', id).execute()
    if (table === 'drafts') await q.deleteFrom('drafts').where('id', '=', id).execute()
    if (table === 'audit') await q.deleteFrom('audit_events').where('case_id', '=', id).execute()
    // An issued letter is a record of what was sent: nothing but a reset (truncate) drops it.
    if (table === 'members') await q.deleteFrom('members').where('member_id', '=', id).execute()
    if (table === 'providers') await q.deleteFrom('providers').where('npi', '=', id).execute()
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

export async function upsert(q: Db, table: TableName, changed: [string, unknown, unknown][]) {
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
  if (table === 'letters') {
    // Issued letters are never rewritten: only those not read before are new, and a
    // letter already on file (same id) stays as it was.
    const rows = changed.flatMap(([, record, before]) => {
      const known = new Set(((before as IssuedLetter[] | undefined) ?? []).map((l) => l.id))
      return (record as IssuedLetter[]).filter((l) => !known.has(l.id)).map(letterRow)
    })
    for (const part of chunks(rows))
      await q
        .insertInto('issued_letters')
        .values(part)
        .onConflict((oc) => oc.column('id').doNothing())
        .execute()
    return
  }
  for (const part of chunks(changed)) {
    if (table === 'sessions') {
      // A session that was read is updated, never inserted again: one ended meanwhile (a
      // sign-out, the purge) stays ended.
      for (const [id, r, before] of part) {
        if (before === undefined) continue
        const row = sessionRow(id, r as MockDb['sessions'][string])
        await q
          .updateTable('sessions')
          .set({ expires_at: row.expires_at, last_seen_at: row.last_seen_at })
          .where('token', '=', id)
          .execute()
      }
      const fresh = part.filter(([, , before]) => before === undefined)
      if (fresh.length)
        await q
          .insertInto('sessions')
          .values(fresh.map(([id, r]) => sessionRow(id, r as MockDb['sessions'][string])))
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
    } else if (table === 'members') {
      const rows = part.map(([id, r]) => ({ member_id: id, body: JSON.stringify(r) }))
      await q
        .insertInto('members')
        .values(rows)
        .onConflict((oc) =>
          oc.column('member_id').doUpdateSet((eb) => ({ body: eb.ref('excluded.body') })),
        )
        .execute()
    } else if (table === 'providers') {
      const rows = part.map(([id, r]) => ({ npi: id, body: JSON.stringify(r) }))
      await q
        .insertInto('providers')
        .values(rows)
        .onConflict((oc) =>
          oc.column('npi').doUpdateSet((eb) => ({ body: eb.ref('excluded.body') })),
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

export function chunks<T>(items: T[]): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK))
  return out
}
