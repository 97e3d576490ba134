import { sql, type Kysely, type SelectQueryBuilder } from 'kysely'
import type { CaseStatus, StoredCase } from '../../src/api/schemas/case.ts'
import { caseStatusValues } from '../../src/domain/case-values.ts'
import type { CasePage, CasePageArgs } from '../../service/store.ts'
import { rowKey, caseRow } from '../../service/cases/case-rows.ts'
import { encodeCursor } from '../../service/cases/list-query.ts'
import { OPEN_STATUSES } from './sql-reads.ts'
import type { RunRows } from './prepared.ts'
import type { Tables } from './schema.ts'

type Db = Kysely<Tables>
type CasesQuery = SelectQueryBuilder<Tables, 'cases', object>

/**
 * One worklist page in SQL, as service/cases/case-rows.ts `pageOfRows` defines it for
 * every store: the filters, the keyset after the cursor on (sort value, id), and the
 * counts per status under every filter but status. Each status asked for is its own
 * query down its own index range (an `in` list would sort every row of those statuses),
 * merged here; the tabs' counts come from the counts kept per status when no other filter
 * applies. tests/server/list-plans.test.ts shows the plans. Ties and text compare byte by
 * byte (`collate "C"`), as the app compares them. `run` runs the page statement: on
 * PGlite, prepared once per shape (server/db/prepared.ts).
 */
export async function listCasesSql(
  q: Db,
  args: CasePageArgs,
  run: RunRows = async (compiled) => (await q.executeQuery(compiled)).rows,
): Promise<CasePage> {
  const { query } = args
  const { sort, limit } = query
  const statuses = query.status ? [...new Set(query.status)] : null
  const [rows, counts] = await Promise.all([
    run(pageStatement(q, args, statuses).compile(q)),
    statusCounts(q, args),
  ])
  const page = rows.slice(0, limit).map((r) => r.body as StoredCase)
  const wanted: readonly CaseStatus[] = statuses ?? caseStatusValues
  const last = page.at(-1)
  const key = last && rowKey(caseRow(last), sort)
  return {
    items: page,
    nextCursor:
      rows.length > limit && key ? encodeCursor({ sort, value: key[0], id: key[1] }) : null,
    total: wanted.reduce((sum, s) => sum + counts[s], 0),
    counts,
  }
}

/**
 * The page in one statement: each status's keys (id and sort value) down its own index
 * range, merged and cut to the page, and only then the page's records joined, so one
 * page's bodies are read whatever the number of statuses. One more row than the page
 * tells whether there are more.
 */
export function pageStatement(q: Db, args: CasePageArgs, statuses: CaseStatus[] | null) {
  const { sort, limit } = args.query
  const dir = sql.raw(sort.startsWith('-') ? 'desc' : 'asc')
  const branches = (statuses ?? [null]).map((s) => pageQuery(q, args, s))
  const value = (t: string) =>
    sort.endsWith('dueAt') ? sql.raw(`${t}.k`) : sql.raw(`${t}.k collate "C"`)
  const order = (t: string) => sql`${value(t)} ${dir}, ${sql.raw(t)}.id collate "C" ${dir}`
  // The page is cut from the keys before any record is read, and each record is read by
  // its id (a subquery per row, not a join the planner might make a scan of the table).
  return sql<{ body: unknown }>`select (select c.body from cases c where c.id = keys.id) as body
    from (select u.id, u.k from (${sql.join(branches, sql` union all `)}) as u
          order by ${order('u')} limit ${limit + 1}) as keys
    order by ${order('keys')}`
}

/**
 * The page's keys of one status (or of all), after the cursor, plus one to tell if more:
 * the id and the sort value, which the index holds.
 */
export function pageQuery(q: Db, args: CasePageArgs, status: CaseStatus | null) {
  const { sort, limit } = args.query
  const after = args.after
  const byDue = sort.endsWith('dueAt')
  const descending = sort.startsWith('-')
  const dir = sql.raw(descending ? 'desc' : 'asc')
  const value = byDue ? sql`due_at` : sql`received_at collate "C"`
  const id = sql`id collate "C"`
  let page = filtered(q.selectFrom('cases'), args)
  if (status) page = page.where('status', '=', status)
  if (after) {
    const at = byDue ? sql`${after.value}::timestamptz` : sql`${after.value} collate "C"`
    page = page.where(
      descending
        ? sql<boolean>`(${value}, ${id}) < (${at}, ${after.id})`
        : sql<boolean>`(${value}, ${id}) > (${at}, ${after.id})`,
    )
  }
  return page
    .select(['id', sql<unknown>`${value}`.as('k')])
    .orderBy(sql`${value} ${dir}`)
    .orderBy(sql`${id} ${dir}`)
    .limit(limit + 1)
}

/** Counts per status under every filter but status: kept counts when there is no filter. */
async function statusCounts(q: Db, args: CasePageArgs): Promise<Record<CaseStatus, number>> {
  const counts = Object.fromEntries(caseStatusValues.map((s) => [s, 0])) as Record<
    CaseStatus,
    number
  >
  const rows = hasFilters(args)
    ? await countQuery(q, args).execute()
    : await q
        .selectFrom('case_status_counts')
        .select(['status', (eb) => eb.fn.sum<string>('n').as('n')])
        .where('status', 'in', caseStatusValues)
        .groupBy('status')
        .execute()
  for (const r of rows)
    if (Object.hasOwn(counts, r.status)) counts[r.status as CaseStatus] = Number(r.n)
  return counts
}

export const countQuery = (q: Db, args: CasePageArgs) =>
  filtered(q.selectFrom('cases'), args)
    .select(['status', (eb) => eb.fn.countAll<string>().as('n')])
    .groupBy('status')

function hasFilters({ query }: CasePageArgs) {
  return (
    !!query.lineOfBusiness ||
    !!query.urgency ||
    !!query.overdue ||
    !!query.assignedToMe ||
    !!query.reference ||
    query.decidedYear !== undefined ||
    query.initialDecision !== undefined ||
    query.onTime !== undefined
  )
}

/** Every filter but status and the cursor. */
function filtered(base: CasesQuery, { query, userId, now }: CasePageArgs): CasesQuery {
  let q = base
  if (query.lineOfBusiness) q = q.where('line_of_business', 'in', query.lineOfBusiness)
  if (query.urgency) q = q.where('urgency', 'in', query.urgency)
  // Overdue (src/domain/case-status.ts): open, and the running clock's due time passed.
  // due_at is that time: an appeal in review's own, or one past every date if it has none.
  if (query.overdue)
    q = q.where('status', 'in', OPEN_STATUSES).where('due_at', '<', now.toISOString())
  if (query.assignedToMe) q = q.where('assigned_to', '=', userId)
  if (query.reference) q = q.where('reference', '=', query.reference)
  const { decidedYear, initialDecision, onTime } = query
  if (decidedYear !== undefined || initialDecision !== undefined || onTime !== undefined) {
    q = q.where('decided_year', 'is not', null)
    if (decidedYear !== undefined) q = q.where('decided_year', '=', decidedYear)
    if (initialDecision !== undefined) q = q.where('decided_action', '=', initialDecision)
    if (onTime !== undefined) q = q.where('decided_on_time', '=', onTime)
  }
  return q
}
