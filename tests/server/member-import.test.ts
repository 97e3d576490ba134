import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Kysely } from 'kysely'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { openDatabase } from '../../server/db/open.ts'
import { writeImport } from '../../server/db/import-members.ts'
import type { Tables } from '../../server/db/schema.ts'
import { writeAll } from '../../server/db/sql-tables.ts'
import { parseCsvImport, type ParsedImport } from '../../service/members/import-parse.ts'
import { emptyDb } from '../../service/store.ts'
import { withoutService } from './current.ts'

withoutService()

/**
 * The import writes the taken rows of a file in one transaction: a refused row is never
 * written, and a database failure part-way leaves none of the file's rows.
 */
let db: Kysely<Tables>
let dir: string

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'criteria-member-import-'))
  cpSync(inject('templateDir'), dir, { recursive: true })
  ;({ db } = await openDatabase({ dataDir: dir }))
  await db.transaction().execute((trx) => writeAll(trx, emptyDb()))
}, 120_000)

afterAll(async () => {
  await db?.destroy()
  rmSync(dir, { recursive: true, force: true })
})

const keys = async () =>
  (await db.selectFrom('members').select('member_id').where('member_id', 'like', 'SYN9%').execute())
    .map((r) => r.member_id)
    .sort()

it('writes the good rows of a file and none of the refused ones', async () => {
  const parsed = parseCsvImport(
    readFileSync('tests/fixtures/members/members.csv', 'utf8'),
    'members',
  )
  expect(parsed.refused).toHaveLength(4)
  await writeImport(db, parsed)
  expect(await keys()).toEqual(['SYN9000001', 'SYN9000002'])
  const row = await db
    .selectFrom('members')
    .select('body')
    .where('member_id', '=', 'SYN9000002')
    .executeTakeFirstOrThrow()
  expect(row.body).toMatchObject({ name: 'Example, Rowan', synthetic: true })
})

it('a failure part-way through a file leaves none of its rows', async () => {
  const good = parseCsvImport(readFileSync('tests/fixtures/members/members.csv', 'utf8'), 'members')
  const first = { ...good.members[0]!, key: 'SYN9000100' }
  // A row the database refuses (no key) after one it took: the transaction rolls back.
  const broken: ParsedImport = {
    ...good,
    members: [first, { ...good.members[1]!, key: null as unknown as string }],
  }
  await expect(writeImport(db, broken)).rejects.toThrow()
  expect(await keys()).not.toContain('SYN9000100')
})
