import { sql, type Kysely } from 'kysely'

/**
 * Each assignee's open cases, counted as cases change (a trigger), so choosing the
 * director for a new case or an appeal reads a few rows instead of counting every open
 * case (server/db/sql-reads.ts `openLoads`). Open: the statuses src/domain/case-status.ts
 * calls open. A change moves both counts in one statement, rows locked in key order.
 */
export const OPEN = `('pending-md-review', 'pended-for-information', 'appeal-in-review')`
/** The trigger function as created here (migration 0012's `down` puts it back). */
export const countOpenLoads = `create or replace function count_open_loads() returns trigger language plpgsql as $$
   declare
     was text := null;
     now_ text := null;
   begin
     if tg_op in ('UPDATE', 'DELETE') and old.assigned_to is not null
        and old.status in ${OPEN} then was := old.assigned_to; end if;
     if tg_op in ('UPDATE', 'INSERT') and new.assigned_to is not null
        and new.status in ${OPEN} then now_ := new.assigned_to; end if;
     if was is not distinct from now_ then return null; end if;
     if now_ is not null then
       insert into assignee_open_counts (assignee, n) values (now_, 0)
         on conflict (assignee) do nothing;
     end if;
     update assignee_open_counts
       set n = n + case when assignee = now_ then 1 else -1 end
       where assignee in (was, now_);
     return null;
   end $$`

const statements = [
  'create table assignee_open_counts (assignee text primary key, n bigint not null)',
  `insert into assignee_open_counts (assignee, n)
     select assigned_to, count(*) from cases
     where assigned_to is not null and status in ${OPEN} group by assigned_to`,
  countOpenLoads,
  `create trigger cases_count_open_loads after insert or delete or update of status, assigned_to
     on cases for each row execute function count_open_loads()`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop trigger cases_count_open_loads on cases`.execute(db)
  await sql`drop function count_open_loads`.execute(db)
  await sql`drop table assignee_open_counts`.execute(db)
}
