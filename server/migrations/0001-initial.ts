import { sql, type Kysely } from 'kysely'

/**
 * The criteria service's tables. Each record keeps its whole JSON (`body`) as the mock
 * does, plus the columns the worklist filters and sorts on, indexed. Plain SQL: the same
 * statements run on PGlite and on Postgres. `received_at` is text: the request's received
 * time as entered (ISO), which sorts as the worklist sorts it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await run(
    db,
    `
    create table users (
      id text primary key,
      name text not null,
      role text not null,
      body jsonb not null
    );
    create table sessions (
      token text primary key,
      user_id text not null references users (id),
      created_at timestamptz not null,
      expires_at timestamptz not null
    );
    create index sessions_expires_at on sessions (expires_at);
    create table cases (
      id text primary key,
      reference text not null unique,
      status text not null,
      urgency text not null,
      line_of_business text not null,
      received_at text not null,
      due_at timestamptz not null,
      assigned_to text,
      member_id text not null,
      version integer not null,
      body jsonb not null
    );
    create index cases_status_due on cases (status, due_at);
    create index cases_assigned_due on cases (assigned_to, due_at);
    create index cases_line_due on cases (line_of_business, due_at);
    create index cases_urgency_due on cases (urgency, due_at);
    create index cases_received on cases (received_at);
    create index cases_member on cases (member_id);
    create table drafts (
      id text primary key,
      owner_id text not null,
      body jsonb not null
    );
    create index drafts_owner on drafts (owner_id);
    create table decision_drafts (
      user_id text not null,
      case_id text not null,
      body jsonb not null,
      primary key (user_id, case_id)
    );
    create table audit_events (
      case_id text not null,
      seq integer not null,
      body jsonb not null,
      primary key (case_id, seq)
    );
    create table idempotency (
      user_id text not null,
      key text not null,
      body jsonb not null,
      created_at timestamptz not null default now(),
      constraint idempotency_user_key unique (user_id, key)
    );
    create table meta (
      key text primary key,
      value jsonb not null
    );
    create table change_counter (
      id integer primary key check (id = 1),
      counter bigint not null
    );
  `,
  )
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await run(
    db,
    `
    drop table change_counter; drop table meta; drop table idempotency;
    drop table audit_events; drop table decision_drafts; drop table drafts;
    drop table cases; drop table sessions; drop table users;
  `,
  )
}

/** One statement at a time: PGlite's extended protocol takes one per query. */
async function run(db: Kysely<unknown>, statements: string) {
  for (const statement of statements.split(';')) {
    if (statement.trim()) await sql.raw(statement).execute(db)
  }
}
