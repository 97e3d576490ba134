import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Kysely } from 'kysely'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { emptyDb, type MockDb } from '../../service/store.ts'
import { purgeExpired } from '../../service/retention.ts'
import { openDatabase } from '../../server/db/open.ts'
import { purgeSql } from '../../server/db/sql-purge.ts'
import { writeAll } from '../../server/db/sql-tables.ts'
import { seedUsers } from '../../server/db/users.ts'
import type { Tables } from '../../server/db/schema.ts'
import { withoutService } from './current.ts'

withoutService()

/**
 * The SQL store purges with deletes (server/db/sql-purge.ts), not by reading every
 * session and draft: it must drop exactly what service/retention.ts drops.
 */
const now = Date.parse('2026-12-06T12:00:00Z')
const ago = (hours: number) => new Date(now - hours * 3_600_000).toISOString()
const answer = { bodyHash: 'h', status: 201, body: {}, headers: {} }
const fields = {} as MockDb['drafts'][string]['draft']['fields']

function filled(): MockDb {
  const db = emptyDb()
  db.sessions = {
    live: { userId: 'u-rev-1', createdAt: ago(1), expiresAt: ago(-11) },
    ended: { userId: 'u-rev-1', createdAt: ago(13), expiresAt: ago(1) },
    oldShape: { userId: 'u-md-1', createdAt: ago(13) },
  }
  db.drafts = {
    recent: { ownerId: 'u-rev-1', draft: { id: 'recent', updatedAt: ago(24 * 29), fields } },
    stale: { ownerId: 'u-rev-1', draft: { id: 'stale', updatedAt: ago(24 * 31), fields } },
  }
  db.decisionDrafts = {
    'u-md-1 c-1': { caseId: 'c-1', updatedAt: ago(2), values: {} },
    'u-md-1 c-2': { caseId: 'c-2', updatedAt: ago(24 * 40), values: {} },
  }
  db.idempotency = {
    'u-rev-1 fresh': { ...answer, storedAt: ago(23) },
    'u-rev-1 spent': { ...answer, storedAt: ago(25) },
    'u-rev-1 pas urn:system|bundle-1': { ...answer, storedAt: ago(24 * 90) },
  }
  return db
}

let db: Kysely<Tables>
let dir: string
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'criteria-purge-'))
  cpSync(inject('templateDir'), dir, { recursive: true })
  db = (await openDatabase({ dataDir: dir })).db
  await seedUsers(db)
  await db.transaction().execute((trx) => writeAll(trx, filled()))
}, 120_000)
afterAll(async () => {
  await db?.destroy()
  rmSync(dir, { recursive: true, force: true })
})

it('drops in SQL exactly what retention drops in memory, and says when nothing went', async () => {
  const expected = filled()
  purgeExpired(expected, now)
  expect(await purgeSql(db, now)).toBe(true)
  const keys = async () => ({
    sessions: (await db.selectFrom('sessions').select('token').execute()).map((r) => r.token),
    drafts: (await db.selectFrom('drafts').select('id').execute()).map((r) => r.id),
    decisionDrafts: (await db.selectFrom('decision_drafts').selectAll().execute()).map(
      (r) => `${r.user_id} ${r.case_id}`,
    ),
    idempotency: (await db.selectFrom('idempotency').selectAll().execute()).map(
      (r) => `${r.user_id} ${r.key}`,
    ),
  })
  const sorted = (o: Record<string, string[]>) =>
    Object.fromEntries(Object.entries(o).map(([k, v]) => [k, [...v].sort()]))
  expect(sorted(await keys())).toEqual(
    sorted({
      sessions: Object.keys(expected.sessions),
      drafts: Object.keys(expected.drafts),
      decisionDrafts: Object.keys(expected.decisionDrafts),
      idempotency: Object.keys(expected.idempotency),
    }),
  )
  expect(await purgeSql(db, now)).toBe(false)
})
