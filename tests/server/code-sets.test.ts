import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Kysely } from 'kysely'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { checkCodes } from '../../service/code-sets/check.ts'
import { configureDb } from '../../service/store.ts'
import { importCodeSet, sqlCodeSets } from '../../server/db/code-sets.ts'
import { importCodeFiles } from '../../server/db/import-codes.ts'
import { openDatabase } from '../../server/db/open.ts'
import type { Tables } from '../../server/db/schema.ts'
import { sqlStore } from '../../server/db/sql-store.ts'
import { withoutService } from './current.ts'

// A database of its own, no API: no service in this process.
withoutService()

// Synthetic rows in CMS's layouts (X and Z9 codes, made-up words): only the sample ships real codes.
const order = (n: number, code: string, flag: string, text: string) =>
  `${String(n).padStart(5, '0')} ${code.padEnd(7)} ${flag} ${text.padEnd(60)} ${text}`
const scratch = mkdtempSync(join(tmpdir(), 'criteria-code-sets-'))
let db: Kysely<Tables>

beforeAll(async () => {
  cpSync(inject('templateDir'), scratch, { recursive: true })
  ;({ db } = await openDatabase({ dataDir: scratch }))
  configureDb({ store: sqlStore(db) })
}, 120_000)
afterAll(async () => {
  await db?.destroy()
  rmSync(scratch, { recursive: true, force: true })
})

describe('importing a code file into the database', () => {
  it('takes the good rows, reports each bad one, and looks codes up by (system, version, code)', async () => {
    const text = [
      order(1, 'Z9901', '1', 'Synthetic billable row'),
      'short line',
      order(3, 'Z990', '0', 'Synthetic header row'),
    ].join('\n')
    const [report] = await importCodeFiles(db, [
      { system: 'ICD-10-CM', version: '2027', text, source: 'test file' },
    ])
    expect(report).toEqual({
      system: 'ICD-10-CM',
      version: '2027',
      taken: 2,
      bad: [
        { line: 2, reason: 'too short for the order-file layout (10 characters, at least 78)' },
      ],
    })
    const sets = sqlCodeSets(db)
    expect(await sets.versions('ICD-10-CM')).toEqual([
      { system: 'ICD-10-CM', version: '2027', source: 'test file', sample: false },
    ])
    expect(await sets.lookup('ICD-10-CM', '2027', ['Z99.01', 'Z99.02'])).toEqual([
      {
        code: 'Z99.01',
        billable: true,
        shortDescription: 'Synthetic billable row',
        longDescription: 'Synthetic billable row',
      },
    ])
    expect(await sets.lookup('ICD-10-CM', '2026', ['Z99.01'])).toEqual([])
  })

  it('all or nothing: a set that fails half way leaves the loaded set as it was', async () => {
    const row = { billable: true, shortDescription: 'x', longDescription: 'x' }
    await expect(
      importCodeSet(db, {
        ...{ system: 'ICD-10-CM', version: '2027', source: 'broken', sample: false },
        // The same key twice: the second insert fails after the first was written.
        rows: [
          { code: 'Z99.03', ...row },
          { code: 'Z99.03', ...row },
        ],
      }),
    ).rejects.toThrow()
    const sets = sqlCodeSets(db)
    expect((await sets.versions('ICD-10-CM'))[0]?.source).toBe('test file')
    expect(await sets.lookup('ICD-10-CM', '2027', ['Z99.01', 'Z99.03'])).toHaveLength(1)
  })

  it('a later file of the same version replaces the set whole; an all-bad file loads nothing', async () => {
    await importCodeFiles(db, [
      {
        system: 'ICD-10-CM',
        version: '2027',
        text: order(1, 'Z9902', '1', 'Synthetic replacement row'),
        source: 'second file',
      },
    ])
    const sets = sqlCodeSets(db)
    expect(
      (await sets.lookup('ICD-10-CM', '2027', ['Z99.01', 'Z99.02'])).map((r) => r.code),
    ).toEqual(['Z99.02'])
    const [report] = await importCodeFiles(db, [
      { system: 'ICD-10-CM', version: '2027', text: 'garbage\n', source: 'third file' },
    ])
    expect(report?.taken).toBe(0)
    expect((await sets.versions('ICD-10-CM'))[0]?.source).toBe('second file')
  })

  it('the code check answers from the loaded set once one is loaded, not from the sample', async () => {
    const fy2027 = await checkCodes('ICD-10-CM', ['Z99.02', 'M25.561'], '2027-01-15')
    expect(fy2027.set).toEqual({ source: 'second file', sample: false })
    expect(fy2027.items.map((i) => i.status)).toEqual(['valid', 'not-in-set'])
    // FY2026 is not loaded here: the check says so rather than flag the code.
    expect((await checkCodes('ICD-10-CM', ['M25.561'], '2026-05-01')).items[0]?.status).toBe(
      'no-set',
    )
  })
})
