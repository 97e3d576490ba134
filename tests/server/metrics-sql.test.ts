import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql, type Kysely } from 'kysely'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { StoredCase } from '../../src/api/schemas/case.ts'
import { lineOfBusiness, type LineOfBusiness } from '../../src/api/schemas/case-fields.ts'
import { PLAN_TIME_ZONE, zonedDate } from '../../src/domain/time-zone.ts'
import { caseRow as listRow } from '../../service/cases/case-rows.ts'
import { computeMetrics, metricsReport } from '../../service/engine/metrics.ts'
import { tallyRows } from '../../service/engine/metrics-tally.ts'
import { openDatabase } from '../../server/db/open.ts'
import { caseRow } from '../../server/db/rows.ts'
import { seedCases } from '../../server/db/seed-cases.ts'
import { metricsQuery, metricsTallySql } from '../../server/db/sql-metrics.ts'
import * as metricsColumns from '../../server/migrations/0010-metrics-columns.ts'
import type { Tables } from '../../server/db/schema.ts'
import { inline } from './explain.ts'
import { withoutService } from './current.ts'

withoutService()

/**
 * The metrics as SQL aggregates (server/db/sql-metrics.ts) against the in-memory count
 * of the same cases (service/engine/metrics.ts over their worklist rows): the whole report,
 * for every year and line of business GET /metrics accepts. The cases are the seed's
 * (every status, line, urgency, appeals; decisions over the last 400 days), the same cases
 * again one to four 52-week years earlier (a plan keeps years of decisions), and a few
 * at the edges: exactly on a band's bound, around the plan-time new year, with an offset.
 * On PGlite, and on Postgres where TEST_DATABASE_URL names a scratch server
 * (scripts/with-scratch-postgres.sh).
 */
const SEEDED = 1_500
const YEARS_BACK = 4
const WEEK = 7 * 86_400_000
const now = new Date()
const thisYear = Number(zonedDate(now, PLAN_TIME_ZONE).slice(0, 4))
const lines: (LineOfBusiness | null)[] = [null, ...lineOfBusiness.options]

let db: Kysely<Tables>

type Target = {
  name: string
  open: () => Promise<{ db: Kysely<Tables>; dispose: () => Promise<void> }>
}
const pglite: Target = {
  name: 'PGlite',
  async open() {
    const dir = mkdtempSync(join(tmpdir(), 'criteria-metrics-'))
    cpSync(inject('templateDir'), dir, { recursive: true })
    const { db } = await openDatabase({ dataDir: dir })
    return {
      db,
      dispose: async () => {
        await db.destroy()
        rmSync(dir, { recursive: true, force: true })
      },
    }
  },
}
/** A database of its own on the scratch Postgres (scripts/with-scratch-postgres.sh). */
const postgres = (adminUrl: string): Target => ({
  name: 'Postgres',
  async open() {
    const name = `metrics_sql_${process.pid}`
    const admin = async (statement: string) => {
      const client = new pg.Client({ connectionString: adminUrl })
      await client.connect()
      await client.query(statement).finally(() => client.end())
    }
    await admin(`drop database if exists ${name} with (force)`)
    await admin(`create database ${name}`)
    const url = new URL(adminUrl)
    url.pathname = `/${name}`
    const { db } = await openDatabase({ databaseUrl: url.toString() })
    return {
      db,
      dispose: async () => {
        await db.destroy()
        await admin(`drop database if exists ${name} with (force)`)
      },
    }
  },
})
const adminUrl = process.env.TEST_DATABASE_URL
const targets = [pglite, ...(adminUrl ? [postgres(adminUrl)] : [])]

/** Every instant in the record moved `ms` earlier; ids and references kept apart. */
function earlier(c: StoredCase, ms: number, tag: string): StoredCase {
  const text = JSON.stringify(c).replace(
    /"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z)"/g,
    (_, iso: string) => JSON.stringify(new Date(Date.parse(iso) - ms).toISOString()),
  )
  return {
    ...(JSON.parse(text) as StoredCase),
    id: `${c.id}-${tag}`,
    reference: `${c.reference}-${tag}`,
  }
}

/** A decided copy received at `receivedAt` and first decided at `decidedAt`. */
function decidedAt(c: StoredCase, tag: string, receivedAt: string, at: string): StoredCase {
  const first = c.decisions.findIndex((d) => d.action === 'approve' || d.action === 'deny')
  const decisions = c.decisions.map((d, i) => (i === first ? { ...d, decidedAt: at } : d))
  return {
    ...c,
    id: `${c.id}-${tag}`,
    reference: `${c.reference}-${tag}`,
    input: { ...c.input, requestReceivedAt: receivedAt },
    decisions,
  }
}

async function insert(cases: StoredCase[]) {
  const rows = cases.map(caseRow)
  for (let i = 0; i < rows.length; i += 200)
    await db
      .insertInto('cases')
      .values(rows.slice(i, i + 200))
      .execute()
}

async function everyRow() {
  const rows = await db.selectFrom('cases').select('body').execute()
  return rows.map((r) => listRow(r.body as StoredCase))
}

async function fill() {
  await seedCases(db, { cases: SEEDED, now })
  const seeded = (await db.selectFrom('cases').select('body').execute()).map(
    (r) => r.body as StoredCase,
  )
  for (let k = 1; k <= YEARS_BACK; k++)
    await insert(seeded.map((c) => earlier(c, k * 52 * WEEK, `y${k}`)))
  const decided = seeded.filter((c) => c.decisions.some((d) => d.action !== 'pend'))
  const hour = 3_600_000
  const edges: [string, string][] = [
    // On a band's bound (24, 72 hours): the later band, as `hours < bound` puts it.
    [
      '2026-03-02T10:00:00Z',
      new Date(Date.parse('2026-03-02T10:00:00Z') + 24 * hour).toISOString(),
    ],
    [
      '2026-03-02T10:00:00Z',
      new Date(Date.parse('2026-03-02T10:00:00Z') + 72 * hour).toISOString(),
    ],
    // 23:59:59 PST on 31 December 2025 (a 2025 decision) and midnight after (2026).
    ['2025-12-30T08:00:00Z', '2026-01-01T07:59:59Z'],
    ['2025-12-30T08:00:00Z', '2026-01-01T08:00:00Z'],
    // Received with an offset, as a form may send it; decided a millisecond later.
    ['2026-05-05T09:00:00.000-07:00', '2026-05-05T16:00:00.001Z'],
  ]
  await insert(edges.map(([r, d], i) => decidedAt(decided[i]!, `edge${i}`, r, d)))
  await sql`analyze cases`.execute(db)
}

describe.each(targets)('the metrics as SQL aggregates on $name', (target) => {
  let dispose = async () => {}
  beforeAll(async () => {
    ;({ db, dispose } = await target.open())
    await fill()
  }, 300_000)
  afterAll(() => dispose())

  it('equal the in-memory count for every year and line of business the route accepts', async () => {
    const rows = await everyRow()
    let counted = 0
    const parities = new Set<number>()
    for (let year = 2000; year <= thisYear; year++)
      for (const line of lines) {
        const filter = { year, lineOfBusiness: line }
        const tally = await metricsTallySql(db, filter)
        expect(tally, `${year} ${line}`).toEqual(tallyRows(rows, filter))
        expect(metricsReport(tally, filter, now)).toEqual(computeMetrics(rows, filter, now))
        counted += tally.standard.decided + tally.expedited.decided
        if (tally.standard.decided) parities.add(tally.standard.decided % 2)
      }
    // Not an agreement on nothing: each case decided in an accepted year is counted once
    // for all lines and once for its own line.
    const decided = rows.filter((r) => r.decided && r.decided.year >= 2000).length
    expect(decided).toBeGreaterThan(SEEDED)
    expect(counted).toBe(2 * decided)
    // Medians of an odd count (the middle time) and of an even one (two times' mean).
    expect(parities).toEqual(new Set([0, 1]))
    // 135 years and lines, each an aggregate and two in-memory counts: 10 s on a quiet
    // machine, 36 s on a loaded one; the bound is for a hang, not for speed.
  }, 180_000)

  it('the migration fills the columns of the cases already on file', async () => {
    const filter = { year: thisYear, lineOfBusiness: null }
    const before = await metricsTallySql(db, filter)
    await metricsColumns.down(db as unknown as Kysely<unknown>)
    await metricsColumns.up(db as unknown as Kysely<unknown>)
    await sql`analyze cases`.execute(db)
    expect(await metricsTallySql(db, filter)).toEqual(before)
  })

  it('reads a year through its index, never the whole cases table', async () => {
    for (const line of [null, 'medicare-advantage' as const]) {
      const plan = await planOf(line)
      expect(plan, String(line)).not.toMatch(/Seq Scan/)
      // An index searched by the year, not one read from end to end.
      expect(plan).toMatch(/"Index Cond":"\(+decided_year = /)
      // Read once, grouped twice.
      expect(plan.match(/"Relation Name":"cases"/g)).toHaveLength(1)
    }
    // Once vacuumed (Postgres' autovacuum), the index that holds every column counted
    // answers alone: no case row is visited.
    await sql`vacuum analyze cases`.execute(db)
    for (const line of [null, 'medicare-advantage' as const])
      expect(await planOf(line)).toMatch(
        /"Node Type":"Index Only Scan",[^{}]*"Index Name":"cases_metrics"/,
      )
  })
})

async function planOf(line: LineOfBusiness | null): Promise<string> {
  const query = metricsQuery(db, { year: thisYear - 1, lineOfBusiness: line })
  const { sql: text, parameters } = query.compile()
  const { rows } = await sql
    .raw<{ 'QUERY PLAN': unknown }>(`explain (format json) ${inline(text, parameters)}`)
    .execute(db)
  return JSON.stringify(rows[0]!['QUERY PLAN'])
}
