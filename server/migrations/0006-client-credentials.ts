import { sql, type Kysely } from 'kysely'

/**
 * Client systems (OAuth 2.0 client credentials, server/auth/client-credentials.ts): the
 * access tokens issued to them, kept only as SHA-256 hashes, and the `jti` of every client
 * assertion still within its lifetime, so an assertion is used once (SMART Backend
 * Services: a replay is refused).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table client_tokens (
      token_hash text primary key,
      client_id text not null,
      client_name text not null,
      scopes text not null,
      expires_at timestamptz not null
    )`.execute(db)
  await sql`create index client_tokens_expires_at on client_tokens (expires_at)`.execute(db)
  await sql`
    create table client_assertions (
      client_id text not null,
      jti text not null,
      expires_at timestamptz not null,
      primary key (client_id, jti)
    )`.execute(db)
  await sql`create index client_assertions_expires_at on client_assertions (expires_at)`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table client_assertions`.execute(db)
  await sql`drop table client_tokens`.execute(db)
}
