import { sql, type Kysely } from 'kysely'

/**
 * The access log (HIPAA 45 CFR 164.312(b), audit controls): who or which client read
 * which case's record, trail, PAS answer or log, when and from where. Append-only;
 * read by case (newest first) and by time range (the export).
 */
const statements = [
  `create table access_log (
     id bigserial primary key,
     at timestamptz not null,
     case_id text not null,
     actor_id text not null,
     actor_name text not null,
     actor_role text,
     action text not null,
     address text not null
   )`,
  'create index access_log_case_at on access_log (case_id, at desc)',
  'create index access_log_at on access_log (at)',
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table access_log`.execute(db)
}
