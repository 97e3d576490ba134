import { sql, type Kysely } from 'kysely'
import type { StoredCase } from '../../src/api/schemas/case.ts'
import { listColumns } from '../db/rows.ts'

/**
 * The metrics as SQL aggregates (server/db/sql-metrics.ts): each decided case keeps the
 * whole milliseconds from receipt to its first final decision and the plan-time month of
 * that decision, as service/engine/metrics-tally.ts counts them, so a year's figures are
 * one grouped read of one index that holds every column they count (the year and line of
 * business it is searched by, the rest carried in it). The cases on file are filled here,
 * 500 to an UPDATE.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table cases add column decided_ms bigint, add column decided_month smallint`.execute(
    db,
  )
  let after = ''
  for (;;) {
    const { rows } = await sql<{ id: string; body: StoredCase }>`
      select id, body from cases where decided_year is not null and id collate "C" > ${after}
      order by id collate "C" limit 500
    `.execute(db)
    if (rows.length === 0) break
    const values = rows.map((r) => {
      const c = listColumns(r.body)
      return sql`(${r.id}, ${c.decided_ms}::bigint, ${c.decided_month}::smallint)`
    })
    await sql`
      update cases set decided_ms = v.ms, decided_month = v.month
      from (values ${sql.join(values)}) as v (id, ms, month) where cases.id = v.id
    `.execute(db)
    after = rows.at(-1)!.id
  }
  await sql`
    create index cases_metrics on cases (decided_year, line_of_business)
      include (urgency, status, decided_action, decided_on_time, decided_month, decided_ms)
  `.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index cases_metrics`.execute(db)
  await sql`alter table cases drop column decided_ms, drop column decided_month`.execute(db)
}
