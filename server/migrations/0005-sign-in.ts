import { sql, type Kysely } from 'kysely'

/**
 * Sign-in through OpenID Connect (server/auth/): the users table holds who may sign in
 * (from the identity provider's claims, or the embedded provider's demo accounts with a
 * password hash), and a session knows when it was last used (the idle limit).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table users add column password_hash text`.execute(db)
  await sql`alter table sessions add column last_seen_at timestamptz`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table sessions drop column last_seen_at`.execute(db)
  await sql`alter table users drop column password_hash`.execute(db)
}
