import { sql, type Kysely } from 'kysely'

/**
 * Members and providers the service knows (docs/service.md, Members and providers): an
 * enrollment record per member ID and a directory entry per NPI, each its whole JSON as
 * the other records keep it. Read by key only (server/db/sql-reads.ts).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table members (member_id text primary key, body jsonb not null)`.execute(db)
  await sql`create table providers (npi text primary key, body jsonb not null)`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table providers`.execute(db)
  await sql`drop table members`.execute(db)
}
