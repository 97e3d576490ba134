import { sql, type Kysely } from 'kysely'

/**
 * The letters each decision issued, kept as issued (service/letters/issue.ts): one row
 * a letter, never updated; read by case in the order written (`seq`: a decision's
 * letters share one issue time). 0006 is left to the enrollment and provider
 * directory tables of the same issue (29), which may land first or after.
 */
const statements = [
  `create table issued_letters (
     id text primary key,
     seq bigserial not null,
     case_id text not null,
     issued_at timestamptz not null,
     body jsonb not null
   )`,
  'create index issued_letters_case on issued_letters (case_id, seq)',
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table issued_letters`.execute(db)
}
