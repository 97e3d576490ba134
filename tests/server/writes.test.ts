import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql, type Kysely } from 'kysely'
import { afterAll, beforeAll, beforeEach, expect, inject, it } from 'vitest'
import { VersionConflict } from '../../server/db/health.ts'
import { openDatabase } from '../../server/db/open.ts'
import type { Tables } from '../../server/db/schema.ts'
import { readCaseChangeMarker } from '../../server/db/sql-tables.ts'
import { Writes } from '../../server/db/sql-writes.ts'
import { withoutService } from './current.ts'

// A database of its own, no API: no service in this process.
withoutService()

/**
 * server/db/sql-writes.ts `Writes`: a save's statements go as one statement when each
 * table is written once (its parameters renumbered part by part), else one by one, in
 * order; either way an update that must change one row and changes none is a conflict.
 */
let db: Kysely<Tables>
let dir: string
const sent: string[] = []

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'criteria-writes-'))
  cpSync(inject('templateDir'), dir, { recursive: true })
  db = (await openDatabase({ dataDir: dir }, (text) => sent.push(text))).db
}, 60_000)

beforeEach(async () => {
  await sql`delete from meta where key like 'w-%'`.execute(db)
  await sql`delete from drafts where id like 'w-%'`.execute(db)
  await db
    .insertInto('drafts')
    .values({ id: 'w-draft', owner_id: 'u-rev-1', body: JSON.stringify({ v: 0 }) })
    .execute()
  sent.length = 0
})

afterAll(async () => {
  await db?.destroy()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

const metaValue = async (key: string) =>
  (await db.selectFrom('meta').select('value').where('key', '=', key).executeTakeFirst())?.value
const draftBody = async (id: string) =>
  (await db.selectFrom('drafts').select('body').where('id', '=', id).executeTakeFirst())?.body

/** The draft's owner changes only where its body is still `was`: a version check's shape. */
const checked = (w: Writes, was: number, now: number) =>
  w.add(
    'drafts',
    db
      .updateTable('drafts')
      .set({ body: JSON.stringify({ v: now }) })
      .where('id', '=', 'w-draft')
      .where(sql<boolean>`(body->>'v')::int = ${was}`)
      .returning(sql<number>`1`.as('one')),
    'w-draft moved',
  )

it('each table once: one statement, every value where it belongs, the marker with it', async () => {
  const before = await readCaseChangeMarker(db)
  sent.length = 0
  const w = new Writes(db)
  w.add('meta', db.insertInto('meta').values({ key: 'w-a', value: JSON.stringify({ a: 1 }) }))
  checked(w, 0, 1)
  w.add('sessions', db.deleteFrom('sessions').where('token', '=', 'w-none'))
  await w.send(true)
  expect(sent).toHaveLength(1)
  expect(sent[0]).toMatch(/^with w0 as \(insert into "meta"/)
  expect(await metaValue('w-a')).toEqual({ a: 1 })
  expect(await draftBody('w-draft')).toEqual({ v: 1 })
  expect(await readCaseChangeMarker(db)).not.toBe(before)
})

it('a checked update that changes no row is a conflict, and nothing of the statement stays', async () => {
  await expect(
    db.transaction().execute((trx) => {
      const t = new Writes(trx)
      t.add('meta', trx.insertInto('meta').values({ key: 'w-b', value: JSON.stringify(1) }))
      checked(t, 7, 8)
      return t.send(false)
    }),
  ).rejects.toBeInstanceOf(VersionConflict)
  expect(await metaValue('w-b')).toBeUndefined()
  expect(await draftBody('w-draft')).toEqual({ v: 0 })
})

it('a table written twice: one statement each, in order, the conflict still found', async () => {
  const w = new Writes(db)
  w.add('drafts', db.deleteFrom('drafts').where('id', '=', 'w-gone'))
  w.add(
    'drafts',
    db.insertInto('drafts').values({ id: 'w-new', owner_id: 'u-rev-1', body: '{"v":5}' }),
  )
  checked(w, 0, 2)
  await w.send(true)
  expect(sent.map((s) => /^\w+/.exec(s)?.[0])).toEqual(['delete', 'insert', 'update', 'select'])
  expect(await draftBody('w-new')).toEqual({ v: 5 })
  expect(await draftBody('w-draft')).toEqual({ v: 2 })

  const again = new Writes(db)
  again.add('meta', db.insertInto('meta').values({ key: 'w-c', value: '1' }))
  checked(again, 0, 3) // it is 2 now
  checked(again, 2, 3)
  await expect(again.send(false)).rejects.toBeInstanceOf(VersionConflict)
})
