import { sql, type Kysely } from 'kysely'
import { countCaseStatuses } from './0002-record-reads.ts'
import { countOpenLoads, OPEN } from './0004-open-loads.ts'

/**
 * The kept counts (cases per status, 0002; open cases per assignee, 0004) in 16 slots
 * instead of one row per key. With one row, every decision updated the row of
 * 'pending-md-review' and held its lock until it committed: decisions on different cases
 * queued one behind another, in every process, like a global lock. Now a write counts in
 * the slot of its database connection (`pg_backend_pid() % 16`), so writers on different
 * connections rarely meet; a read sums the slots of a key (16 rows at most per key). A
 * slot may hold a negative count (a case counted in one slot, moved on in another): only
 * the sum means anything. Each statement still locks its rows in key order.
 */
const SLOTS = 16

const statusCounting = `create or replace function count_case_statuses() returns trigger language plpgsql as $$
   declare
     slot_ smallint := pg_backend_pid() % ${SLOTS};
   begin
     if tg_op = 'INSERT' then
       insert into case_status_counts (status, slot, n) values (new.status, slot_, 1)
         on conflict (status, slot) do update set n = case_status_counts.n + 1;
     elsif tg_op = 'DELETE' then
       insert into case_status_counts (status, slot, n) values (old.status, slot_, -1)
         on conflict (status, slot) do update set n = case_status_counts.n - 1;
     elsif new.status is distinct from old.status then
       insert into case_status_counts (status, slot, n)
         select v.status, slot_, v.d from (values (old.status, -1), (new.status, 1)) v (status, d)
         order by v.status
         on conflict (status, slot) do update set n = case_status_counts.n + excluded.n;
     end if;
     return null;
   end $$`

const loadCounting = `create or replace function count_open_loads() returns trigger language plpgsql as $$
   declare
     was text := null;
     now_ text := null;
     slot_ smallint := pg_backend_pid() % ${SLOTS};
   begin
     if tg_op in ('UPDATE', 'DELETE') and old.assigned_to is not null
        and old.status in ${OPEN} then was := old.assigned_to; end if;
     if tg_op in ('UPDATE', 'INSERT') and new.assigned_to is not null
        and new.status in ${OPEN} then now_ := new.assigned_to; end if;
     if was is not distinct from now_ then return null; end if;
     insert into assignee_open_counts (assignee, slot, n)
       select v.assignee, slot_, v.d from (values (was, -1), (now_, 1)) v (assignee, d)
       where v.assignee is not null
       order by v.assignee
       on conflict (assignee, slot) do update set n = assignee_open_counts.n + excluded.n;
     return null;
   end $$`

/** The tables of kept counts, each with its key. */
const COUNTED = [
  ['case_status_counts', 'status'],
  ['assignee_open_counts', 'assignee'],
] as const

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [table, key] of COUNTED) {
    await sql.raw(`alter table ${table} add column slot smallint not null default 0`).execute(db)
    await sql.raw(`alter table ${table} drop constraint ${table}_pkey`).execute(db)
    await sql.raw(`alter table ${table} add primary key (${key}, slot)`).execute(db)
  }
  await sql.raw(statusCounting).execute(db)
  await sql.raw(loadCounting).execute(db)
}

/** Back to one row per key: the slots summed, and the 0002 and 0004 triggers' bodies. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const [table, key] of COUNTED) {
    await sql
      .raw(
        `create temporary table summed as select ${key}, sum(n)::bigint as n from ${table} group by ${key}`,
      )
      .execute(db)
    await sql.raw(`delete from ${table}`).execute(db)
    await sql.raw(`alter table ${table} drop constraint ${table}_pkey`).execute(db)
    await sql.raw(`alter table ${table} drop column slot`).execute(db)
    await sql.raw(`insert into ${table} (${key}, n) select ${key}, n from summed`).execute(db)
    await sql.raw(`alter table ${table} add primary key (${key})`).execute(db)
    await sql.raw('drop table summed').execute(db)
  }
  await sql.raw(countCaseStatuses).execute(db)
  await sql.raw(countOpenLoads).execute(db)
}
