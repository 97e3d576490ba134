import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql, type Compilable, type Kysely } from 'kysely'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { CaseStatus, StoredCase } from '../../src/api/schemas/case.ts'
import { caseStatusValues } from '../../src/domain/case-values.ts'
import type { CasePageArgs } from '../../service/store.ts'
import { parseListQuery } from '../../service/cases/list-query.ts'
import { seedSyntheticCases } from '../../service/seed.ts'
import { openDatabase } from '../../server/db/open.ts'
import { caseRow } from '../../server/db/rows.ts'
import { countQuery, listCasesSql, pageQuery, pageStatement } from '../../server/db/sql-list.ts'
import { countOpenLoads } from '../../server/db/sql-reads.ts'
import type { Tables } from '../../server/db/schema.ts'
import { inline } from './explain.ts'
import { withoutService } from './current.ts'

withoutService()

/**
 * The worklist's queries are served by indexes: for the default views and each filter,
 * the page query and the counts query are EXPLAINed on a database of 6,000 cases, and no
 * plan reads the cases table from end to end (a Seq Scan). The page queries are planned
 * as the planner chooses; the counts, whose filters may match most rows (where a scan
 * would be the cheaper plan), with sequential scans priced out, to show an index serves.
 */
const N = 6_000
let db: Kysely<Tables>
let dir: string

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'criteria-plans-'))
  cpSync(inject('templateDir'), dir, { recursive: true })
  db = (await openDatabase({ dataDir: dir })).db
  const built = Object.values(seedSyntheticCases(300).cases)
  const rows = []
  for (let i = 0; i < N; i++) {
    const base = built[i % built.length]!
    const c: StoredCase = {
      ...base,
      id: `case-${String(i).padStart(8, '0')}`,
      reference: `UM-2026-${String(i).padStart(6, '0')}`,
    }
    rows.push(caseRow(c))
  }
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto('cases')
      .values(rows.slice(i, i + 500))
      .execute()
  await sql`analyze cases`.execute(db)
}, 120_000)

afterAll(async () => {
  await db?.destroy()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

function args(search: string): CasePageArgs {
  const parsed = parseListQuery(new URLSearchParams(search))
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors))
  return { query: parsed.query, userId: 'u-md-1', now: new Date(), after: null }
}

async function plan(query: Compilable, noSeqScan = false): Promise<string> {
  const { sql: text, parameters } = query.compile()
  return db.transaction().execute(async (trx) => {
    if (noSeqScan) await sql`set local enable_seqscan = off`.execute(trx)
    const { rows } = await sql
      .raw<{ 'QUERY PLAN': unknown }>(`explain (format json) ${inline(text, parameters)}`)
      .execute(trx)
    return JSON.stringify(rows[0]!['QUERY PLAN'])
  })
}

const open = 'status=pending-md-review&status=pended-for-information&status=appeal-in-review'
const views: [string, string][] = [
  ['Open cases (the default view)', `${open}&sort=dueAt`],
  ['My queue', 'status=pending-md-review&status=appeal-in-review&assignedToMe=true&sort=dueAt'],
  ['All cases, latest received first', 'sort=-receivedAt'],
  ['a line of business', `${open}&lineOfBusiness=medicare-advantage`],
  ['urgency', 'urgency=expedited'],
  ['overdue', `${open}&overdue=true`],
  ['a case reference', 'reference=UM-2026-000042'],
  ['a metric drill-down', 'decidedYear=2026&initialDecision=deny&onTime=true'],
]

describe('the worklist on SQL reads through indexes', () => {
  it.each(views)('%s: each page query walks an index', async (_, search) => {
    const a = args(search)
    const statuses: (CaseStatus | null)[] = a.query.status ?? [null]
    for (const s of statuses) {
      const p = await plan(pageQuery(db, a, s))
      expect(p, `status ${s}`).not.toMatch(/Seq Scan/)
      expect(p).toMatch(/Index/)
    }
  })

  it.each(views)(
    '%s: the page and its records, one statement, read through indexes',
    async (_, search) => {
      const a = args(search)
      const statement = pageStatement(db, a, a.query.status ?? null)
      const p = await plan({ compile: () => statement.compile(db) })
      expect(p).not.toMatch(/Seq Scan/)
      expect(p).toMatch(/Index/)
    },
  )

  it.each(views.filter(([, s]) => !/^(status=[^&]*&?)*(sort=[^&]*)?$/.test(s)))(
    '%s: its counts are read through an index',
    async (_, search) => {
      const p = await plan(countQuery(db, args(search)), true)
      expect(p).not.toMatch(/Seq Scan/)
      // An index searched by the filter's values, not one read from end to end.
      expect(p).toMatch(/"(Index|Recheck) Cond"/)
    },
  )

  it('the open cases per assignee are kept as cases change: equal to counting them', async () => {
    const kept = async () =>
      Object.fromEntries(
        (
          await db
            .selectFrom('assignee_open_counts')
            .select(['assignee', (eb) => eb.fn.sum<string>('n').as('n')])
            .groupBy('assignee')
            .execute()
        )
          .filter((r) => Number(r.n) > 0)
          .map((r) => [r.assignee, Number(r.n)]),
      )
    expect(await kept()).toEqual(await countOpenLoads(db))
    const open = await db
      .selectFrom('cases')
      .select(['id', 'assigned_to'])
      .where('status', '=', 'pending-md-review')
      .where('assigned_to', 'is not', null)
      .limit(3)
      .execute()
    await db.updateTable('cases').set({ status: 'denied' }).where('id', '=', open[0]!.id).execute()
    await db
      .updateTable('cases')
      .set({ assigned_to: 'u-md-9' })
      .where('id', '=', open[1]!.id)
      .execute()
    await db.deleteFrom('cases').where('id', '=', open[2]!.id).execute()
    expect(await kept()).toEqual(await countOpenLoads(db))
  })

  it('the tabs of an unfiltered view come from the kept counts, which follow every write', async () => {
    const page = await listCasesSql(db, args(`${open}&sort=dueAt`))
    const rows = await db
      .selectFrom('cases')
      .select(['status', (eb) => eb.fn.countAll<string>().as('n')])
      .groupBy('status')
      .execute()
    const counted = Object.fromEntries(caseStatusValues.map((s) => [s, 0]))
    for (const r of rows) counted[r.status] = Number(r.n)
    expect(page.counts).toEqual(counted)
    // A status change moves one count from one status to the other.
    const one = await db
      .selectFrom('cases')
      .select(['id', 'status'])
      .limit(1)
      .executeTakeFirstOrThrow()
    const to: CaseStatus = one.status === 'approved' ? 'denied' : 'approved'
    await db.updateTable('cases').set({ status: to }).where('id', '=', one.id).execute()
    const after = await listCasesSql(db, args(`${open}&sort=dueAt`))
    expect(after.counts[to]).toBe(page.counts[to] + 1)
    expect(after.counts[one.status as CaseStatus]).toBe(page.counts[one.status as CaseStatus] - 1)
  })
})
