import { sql, type Kysely } from 'kysely'
import type { StoredCase } from '../../src/api/schemas/case.ts'
import { listColumns } from '../db/rows.ts'

/**
 * What reading one record at a time needs (server/db/sql-reads.ts, sql-list.ts): one
 * user's sessions (the session cap), each director's open cases (who gets the next
 * case), and the worklist's keyset pages: each sort with the id that breaks its ties,
 * alone and after a status, compared byte by byte (`collate "C"`) as the app compares
 * them. The cases per status are counted as they change (a trigger), so the worklist's
 * tabs never count the table. The metrics' drill-down filters get columns of their own, filled here for the
 * cases already on file; `due_at` becomes the due time the worklist sorts by (an appeal
 * in review: its own).
 */
const statements = [
  'create index sessions_user on sessions (user_id)',
  'create index cases_assigned_status_due on cases (assigned_to, status, due_at, id collate "C")',
  'create index cases_due_id on cases (due_at, id collate "C")',
  'create index cases_received_id on cases (received_at collate "C", id collate "C")',
  'create index cases_status_due_id on cases (status, due_at, id collate "C")',
  'create index cases_status_received_id on cases (status, received_at collate "C", id collate "C")',
  'create index cases_decided on cases (decided_year, decided_action)',
  'drop index cases_status_due',
  'drop index cases_received',
]

/**
 * One row per status; a case's insert, status change or delete moves its counts in one
 * statement that locks the rows in key order, so two writers never wait on each other
 * in a circle.
 */
/** The trigger function as created here (migration 0012's `down` puts it back). */
export const countCaseStatuses = `create or replace function count_case_statuses() returns trigger language plpgsql as $$
   begin
     if tg_op = 'INSERT' then
       insert into case_status_counts (status, n) values (new.status, 1)
         on conflict (status) do update set n = case_status_counts.n + 1;
     elsif tg_op = 'DELETE' then
       update case_status_counts set n = n - 1 where status = old.status;
     elsif new.status is distinct from old.status then
       insert into case_status_counts (status, n) values (new.status, 0)
         on conflict (status) do nothing;
       update case_status_counts
         set n = n + case when status = new.status then 1 else -1 end
         where status in (old.status, new.status);
     end if;
     return null;
   end $$`

const counting = [
  'create table case_status_counts (status text primary key, n bigint not null)',
  `insert into case_status_counts (status, n)
     select status, count(*) from cases group by status`,
  countCaseStatuses,
  `create trigger cases_count_statuses after insert or delete or update of status on cases
     for each row execute function count_case_statuses()`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      'alter table cases add column decided_year integer, add column decided_action text, add column decided_on_time boolean',
    )
    .execute(db)
  for (const statement of statements) await sql.raw(statement).execute(db)
  for (const statement of counting) await sql.raw(statement).execute(db)
  // The cases on file, a batch at a time, so a large database does not sit in memory.
  let after = ''
  for (;;) {
    const { rows } = await sql<{ id: string; body: StoredCase }>`
      select id, body from cases where id collate "C" > ${after} order by id collate "C" limit 500
    `.execute(db)
    if (rows.length === 0) break
    for (const r of rows) {
      const c = listColumns(r.body)
      await sql`
        update cases set due_at = ${c.due_at}, decided_year = ${c.decided_year},
          decided_action = ${c.decided_action}, decided_on_time = ${c.decided_on_time}
        where id = ${r.id}
      `.execute(db)
    }
    after = rows.at(-1)!.id
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const statement of [
    'create index cases_status_due on cases (status, due_at)',
    'create index cases_received on cases (received_at)',
    'drop index cases_decided',
    'drop index cases_status_received_id',
    'drop index cases_status_due_id',
    'drop index cases_received_id',
    'drop index cases_due_id',
    'drop index cases_assigned_status_due',
    'drop trigger cases_count_statuses on cases',
    'drop function count_case_statuses',
    'drop table case_status_counts',
    'drop index sessions_user',
    'alter table cases drop column decided_year, drop column decided_action, drop column decided_on_time',
  ])
    await sql.raw(statement).execute(db)
}
