import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql, type Kysely } from 'kysely'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { openDatabase } from '../../server/db/open.ts'
import { preparedStatements } from '../../server/db/prepared.ts'
import type { Tables } from '../../server/db/schema.ts'
import { withoutService } from './current.ts'

// A database of its own, no API: no service in this process.
withoutService()

/**
 * server/db/prepared.ts: a statement run prepared answers what it answers run directly,
 * whatever its values hold (quotes, backslashes), is prepared once per shape, and a value
 * that cannot be written as a literal runs the statement directly.
 */
let db: Kysely<Tables>
let dir: string
const sent: string[] = []

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'criteria-prepared-'))
  cpSync(inject('templateDir'), dir, { recursive: true })
  db = (await openDatabase({ dataDir: dir }, (text) => sent.push(text))).db
  await db
    .insertInto('meta')
    .values([
      { key: "it's", value: JSON.stringify({ n: 1 }) },
      { key: 'back\\slash', value: JSON.stringify({ n: 2 }) },
    ])
    .execute()
}, 60_000)

afterAll(async () => {
  await db?.destroy()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

const byKey = (key: string, n: number) =>
  db
    .selectFrom('meta')
    .select(['key', 'value'])
    .where('key', '=', key)
    .where(sql<boolean>`(value ->> 'n')::int = ${n}`)
    .compile()

it('answers the rows a direct run answers, for values with quotes and backslashes', async () => {
  const run = preparedStatements(db)
  for (const [key, n] of [
    ["it's", 1],
    ['back\\slash', 2],
    ["x' or 'a' = 'a", 1],
  ] as const) {
    const compiled = byKey(key, n)
    expect(await run(compiled)).toEqual((await db.executeQuery(compiled)).rows)
  }
  expect(await run(byKey("it's", 1))).toEqual([{ key: "it's", value: { n: 1 } }])
  expect(await run(byKey("x' or 'a' = 'a", 1))).toEqual([])
})

it('prepares a shape once, then executes it', async () => {
  const run = preparedStatements(db)
  sent.length = 0
  await run(byKey("it's", 1))
  await run(byKey('back\\slash', 2))
  expect(sent.filter((s) => /^prepare /.test(s))).toHaveLength(1)
  expect(sent.filter((s) => /^execute /.test(s))).toHaveLength(2)
})

it('runs a statement directly when a value is no literal it writes', async () => {
  const run = preparedStatements(db)
  const compiled = db
    .selectFrom('meta')
    .select('key')
    .where('key', '=', sql<string>`${new Date(0).toISOString()}`)
    .compile()
  const withDate = { ...compiled, parameters: [new Date(0)] }
  sent.length = 0
  expect(await run(withDate)).toEqual([])
  expect(sent.some((s) => /^(prepare|execute) /.test(s))).toBe(false)
})
