import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sql, type Kysely } from 'kysely'
import pg from 'pg'
import { openDatabase } from '../../server/db/open.ts'
import { countOpenLoads } from '../../server/db/sql-reads.ts'
import type { Tables } from '../../server/db/schema.ts'
import { seedCases } from '../../server/db/seed-cases.ts'
import { withoutService } from './current.ts'
import { adminClient, databaseUrl } from './postgres-db.ts'

withoutService()

/**
 * The counts the worklist's tabs and the choice of a director read (migrations 0002,
 * 0004) are kept by triggers. With one row per key, every decision updated the row of
 * 'pending-md-review' and held its lock until it committed, so decisions on different
 * cases queued one behind another in every process. Migration 0012 spreads each key over
 * slots by connection: two connections moving cases out of one status never wait for
 * each other, and the summed counts stay exact. On Postgres only: PGlite has one connection.
 */
const url = process.env.TEST_DATABASE_URL
const name = `counts_${process.pid}_${Date.now()}`
let admin: pg.Client
let db: Kysely<Tables>
let dbUrl: string
const clients: pg.Client[] = []

async function connect(): Promise<{ client: pg.Client; slot: number }> {
  const client = new pg.Client({ connectionString: dbUrl })
  await client.connect()
  clients.push(client)
  const { rows } = await client.query<{ pid: number }>('select pg_backend_pid() as pid')
  return { client, slot: rows[0]!.pid % 16 }
}

/** Two connections whose writes count in different slots (a pid modulo 16 may repeat). */
async function twoConnections() {
  const a = await connect()
  for (;;) {
    const b = await connect()
    if (b.slot !== a.slot) return [a.client, b.client] as const
  }
}

describe.skipIf(!url && !process.env.CI)('the kept counts on Postgres', () => {
  beforeAll(async () => {
    if (!url)
      throw new Error('TEST_DATABASE_URL is not set: run under scripts/with-scratch-postgres.sh')
    admin = adminClient(url)
    await admin.connect()
    await admin.query(`create database ${name}`)
    dbUrl = databaseUrl(url, name)
    ;({ db } = await openDatabase({ databaseUrl: dbUrl }))
    await seedCases(db, { cases: 200 })
  }, 60_000)

  afterAll(async () => {
    for (const c of clients) await c.end().catch(() => {})
    await db?.destroy()
    await admin?.query(`drop database if exists ${name}`).catch(() => {})
    await admin?.end()
  })

  it('two decisions on different cases commit side by side, and the counts stay exact', async () => {
    const open = await db
      .selectFrom('cases')
      .select(['id', 'assigned_to'])
      .where('status', '=', 'pending-md-review')
      .where('assigned_to', 'is not', null)
      .orderBy('id')
      .execute()
    // Two cases of one director: the same status row and the same assignee row move.
    const first = open[0]!
    const second = open.find((c) => c.id !== first.id && c.assigned_to === first.assigned_to)!
    const [a, b] = await twoConnections()
    await a.query('begin')
    await a.query(`update cases set status = 'approved' where id = $1`, [first.id])
    // A decision still open in `a`; `b` would wait for its locks, and gives up after 2 s.
    await b.query(`set lock_timeout = '2s'`)
    await b.query('begin')
    await b.query(`update cases set status = 'denied' where id = $1`, [second.id])
    await b.query('commit')
    await a.query('commit')

    const counted = async (sqlText: string) =>
      Object.fromEntries(
        (await sql.raw<{ k: string; n: string }>(sqlText).execute(db)).rows.map((r) => [
          r.k,
          Number(r.n),
        ]),
      )
    const kept = await counted(
      'select status as k, sum(n) as n from case_status_counts group by status having sum(n) <> 0',
    )
    expect(kept).toEqual(
      await counted('select status as k, count(*) as n from cases group by status'),
    )
    const loads = await counted(
      'select assignee as k, sum(n) as n from assignee_open_counts group by assignee having sum(n) > 0',
    )
    expect(loads).toEqual(await countOpenLoads(db))
    // Both connections counted: more than one slot holds a count now.
    const slots = await counted(
      'select slot::text as k, count(*) as n from case_status_counts group by slot',
    )
    expect(Object.keys(slots).length).toBeGreaterThan(1)
  })
})
