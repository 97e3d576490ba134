import { sql, type Kysely } from 'kysely'

/**
 * A marker every process can read to learn that a case changed (GET /api/events): a
 * sequence a write that changes a case advances before it commits. A sequence, not a
 * counter row, because advancing it takes no row lock: two decisions on two cases still
 * commit side by side. Reading `last_value` costs one tiny read a second per process.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create sequence case_changes`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop sequence case_changes`.execute(db)
}
