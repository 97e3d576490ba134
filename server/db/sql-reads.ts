import { sql, type Kysely } from 'kysely'
import type { AuditEvent, StoredCase } from '../../src/api/schemas/case.ts'
import type { IssuedLetter } from '../../src/api/schemas/letter.ts'
import { caseStatusValues } from '../../src/domain/case-values.ts'
import { isOpen } from '../../src/domain/case-status.ts'
import type { MockDb, Need } from '../../service/store.ts'
import { META_KEYS, sessionFromRow, splitKey } from './rows.ts'
import type { Tables } from './schema.ts'

type Db = Kysely<Tables>
/** The records read so far in one request, by `table/id`: what a save compares against. */
export type Snapshot = Map<string, unknown>
export const refKey = (table: string, id: string) => `${table}/${id}`

export const OPEN_STATUSES = caseStatusValues.filter(isOpen)
/** Advisory locks of one user's records (the two-key form keeps them apart from others'). */
const USER_LOCKS = 27_0027

/**
 * Reads the records `need` names into `db` (and `refs`), each with one query on an index
 * (docs/service.md, The store). Inside a write transaction (`lock`) the named cases are
 * locked (`for update`), the reference sequence when cases may be created, and one
 * user's sessions or drafts when they are counted against a limit: two requests that
 * touch the same records wait for each other; others never do. A record already read in
 * this transaction is kept as it is (the request may have changed it).
 */
export async function readSome(q: Db, need: Need, db: MockDb, refs: Snapshot, lock: boolean) {
  if (lock) {
    const users = [need.sessionsOf, need.draftsOf, need.decisionDraftsOf].filter(
      (u): u is string => !!u,
    )
    for (const user of [...new Set(users)].sort())
      await sql`select pg_advisory_xact_lock(${USER_LOCKS}, hashtext(${user}))`.execute(q)
    if (need.newCases) await lockReferenceSequence(q)
  }
  const add = <T>(table: keyof MockDb, id: string, record: T) => {
    const t = db[table] as Record<string, unknown>
    if (Object.hasOwn(t, id)) return
    t[id] = record
    refs.set(refKey(table, id), record)
  }
  const some = <T>(ids: T[] | undefined): ids is T[] => !!ids && ids.length > 0

  const meta =
    need.switches === false
      ? []
      : await q.selectFrom('meta').select(['key', 'value']).where('key', 'in', META_KEYS).execute()
  for (const r of meta) {
    if (refs.has(refKey('meta', r.key))) continue
    ;(db as Record<string, unknown>)[r.key] = r.value
    refs.set(refKey('meta', r.key), JSON.stringify(r.value))
  }
  // A write on a case reads it with its trail and its letters (writeOnCase, a decision):
  // one statement, the trail and the letters aggregated beside each case row.
  const trailToo = some(need.cases) && sameIds(need.audit, need.cases)
  const lettersToo = some(need.cases) && sameIds(need.letters, need.cases)
  if (some(need.cases)) {
    let query = q
      .selectFrom('cases')
      .select(['id', 'body'])
      .select([
        besideCase<AuditEvent>('audit_events', trailToo).as('trail'),
        besideCase<IssuedLetter>('issued_letters', lettersToo).as('letters'),
      ])
      .where('id', 'in', need.cases)
    if (lock) query = query.forUpdate()
    for (const r of await query.execute()) {
      add('cases', r.id, r.body as StoredCase)
      // As the separate reads below: a case with no events (or letters) gets no entry.
      if (trailToo && r.trail?.length) add('audit', r.id, r.trail)
      if (lettersToo && r.letters?.length) add('letters', r.id, r.letters)
    }
  }
  if (some(need.casesOfMembers)) {
    const rows = await q
      .selectFrom('cases')
      .select(['id', 'body'])
      .where('member_id', 'in', need.casesOfMembers)
      .execute()
    for (const r of rows) add('cases', r.id, r.body as StoredCase)
  }
  if (some(need.audit) && !trailToo) {
    const rows = await q
      .selectFrom('audit_events')
      .select(['case_id', 'body'])
      .where('case_id', 'in', need.audit)
      .orderBy('case_id')
      .orderBy('seq')
      .execute()
    const trails = new Map<string, AuditEvent[]>()
    for (const r of rows) {
      const list = trails.get(r.case_id) ?? []
      list.push(r.body as AuditEvent)
      trails.set(r.case_id, list)
    }
    for (const [caseId, events] of trails) add('audit', caseId, events)
  }
  if (some(need.letters) && !lettersToo) {
    const rows = await q
      .selectFrom('issued_letters')
      .select(['case_id', 'body'])
      .where('case_id', 'in', need.letters)
      .orderBy('case_id')
      .orderBy('seq')
      .execute()
    const byCase = new Map<string, IssuedLetter[]>()
    for (const r of rows)
      byCase.set(r.case_id, [...(byCase.get(r.case_id) ?? []), r.body as IssuedLetter])
    for (const [caseId, letters] of byCase) add('letters', caseId, letters)
  }
  if (some(need.sessions) || need.sessionsOf) {
    // With its user's row: someone the identity provider signed in is known by it.
    const rows = await q
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .selectAll('sessions')
      .select('users.body as user_body')
      .where((eb) =>
        eb.or([
          ...(some(need.sessions) ? [eb('sessions.token', 'in', need.sessions)] : []),
          ...(need.sessionsOf ? [eb('sessions.user_id', '=', need.sessionsOf)] : []),
        ]),
      )
      .execute()
    for (const r of rows) add('sessions', r.token, sessionFromRow(r))
  }
  if (some(need.drafts) || need.draftsOf) {
    const rows = await q
      .selectFrom('drafts')
      .select(['id', 'body'])
      .where((eb) =>
        eb.or([
          ...(some(need.drafts) ? [eb('id', 'in', need.drafts)] : []),
          ...(need.draftsOf ? [eb('owner_id', '=', need.draftsOf)] : []),
        ]),
      )
      .execute()
    for (const r of rows) add('drafts', r.id, r.body as MockDb['drafts'][string])
  }
  if (some(need.decisionDrafts) || need.decisionDraftsOf) {
    const pairs = (need.decisionDrafts ?? []).map(splitKey)
    const rows = await q
      .selectFrom('decision_drafts')
      .selectAll()
      .where((eb) =>
        eb.or([
          ...pairs.map(([u, c]) => eb.and([eb('user_id', '=', u), eb('case_id', '=', c)])),
          ...(need.decisionDraftsOf ? [eb('user_id', '=', need.decisionDraftsOf)] : []),
        ]),
      )
      .execute()
    for (const r of rows)
      add('decisionDrafts', `${r.user_id} ${r.case_id}`, r.body as MockDb['decisionDrafts'][string])
  }
  if (some(need.idempotency)) {
    const pairs = need.idempotency.map(splitKey)
    const rows = await q
      .selectFrom('idempotency')
      .select(['user_id', 'key', 'body'])
      .where((eb) =>
        eb.or(pairs.map(([u, k]) => eb.and([eb('user_id', '=', u), eb('key', '=', k)]))),
      )
      .execute()
    for (const r of rows)
      add('idempotency', `${r.user_id} ${r.key}`, r.body as MockDb['idempotency'][string])
  }
  if (some(need.members)) {
    const rows = await q
      .selectFrom('members')
      .select(['member_id', 'body'])
      .where('member_id', 'in', need.members)
      .execute()
    for (const r of rows) add('members', r.member_id, r.body as MockDb['members'][string])
  }
  if (some(need.providers)) {
    const rows = await q
      .selectFrom('providers')
      .select(['npi', 'body'])
      .where('npi', 'in', need.providers)
      .execute()
    for (const r of rows) add('providers', r.npi, r.body as MockDb['providers'][string])
  }
  if (need.newCases || need.openLoads) db.openLoads = await openLoads(q)
}

/** The same ids, in any order (a Need names few). */
function sameIds(a: string[] | undefined, b: string[]): boolean {
  const set = new Set(b)
  return !!a && new Set(a).size === set.size && a.every((id) => set.has(id))
}

/** A case's rows of `table` (its trail, its letters) as one array beside it, in order; null when not asked. */
const besideCase = <T>(table: 'audit_events' | 'issued_letters', asked: boolean) =>
  asked
    ? sql<
        T[] | null
      >`(select coalesce(jsonb_agg(x.body order by x.seq), '[]'::jsonb) from ${sql.table(table)} x where x.case_id = cases.id)`
    : sql<T[] | null>`null`

/**
 * Locks the reference sequence (made first if missing): creates take their numbers one
 * at a time, and nothing else waits on it. Two creates on a database without the row both
 * insert it (the second waits for the first, then does nothing) and both then lock it.
 */
async function lockReferenceSequence(q: Db) {
  const lock = () =>
    q.selectFrom('meta').select('key').where('key', '=', 'referenceSequence').forUpdate().execute()
  // The row is there once the first case was created: one statement, not an insert first.
  if ((await lock()).length) return
  await q
    .insertInto('meta')
    .values({ key: 'referenceSequence', value: '{}' })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute()
  await lock()
}

/** Open cases per assignee, as kept by a trigger (migrations 0004, 0012): a few rows, any size. */
async function openLoads(q: Db): Promise<Record<string, number>> {
  const rows = await q
    .selectFrom('assignee_open_counts')
    .select(['assignee', (eb) => eb.fn.sum<string>('n').as('n')])
    .groupBy('assignee')
    .having((eb) => eb.fn.sum('n'), '>', 0)
    .execute()
  return Object.fromEntries(rows.map((r) => [r.assignee, Number(r.n)]))
}

/** The same, counted from the cases: what the kept counts must always equal (tests). */
export async function countOpenLoads(q: Db): Promise<Record<string, number>> {
  const rows = await q
    .selectFrom('cases')
    .select(['assigned_to', (eb) => eb.fn.countAll<string>().as('n')])
    .where('assigned_to', 'is not', null)
    .where('status', 'in', OPEN_STATUSES)
    .groupBy('assigned_to')
    .execute()
  return Object.fromEntries(rows.map((r) => [r.assigned_to!, Number(r.n)]))
}
