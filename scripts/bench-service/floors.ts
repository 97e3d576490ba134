import { sql, type Kysely } from 'kysely'
import type { AuditEvent, StoredCase } from '../../src/api/schemas/case.ts'
import { actorOf } from '../../service/cases/actor.ts'
import { applyDecision } from '../../service/cases/decide.ts'
import { demoUsers } from '../../service/data/users.ts'
import { emptyDb } from '../../service/store.ts'
import { build } from '../../service/seed.ts'
import { scenarios } from '../../service/seed-scenarios.ts'
import { auditRows, caseRow, META_KEYS } from '../../server/db/rows.ts'
import { insertAccess } from '../../server/db/sql-access.ts'
import { seedUsers } from '../../server/db/users.ts'
import type { Tables } from '../../server/db/schema.ts'
import { readSequence, writeBatch } from '../../server/db/seed-cases.ts'
import { OPEN_STATUSES, PAGE } from './requests.ts'
import { median, repeat, timed, type Timing } from './stats.ts'

type Db = Kysely<Tables>
export type Floors = Partial<Record<string, number>>

/**
 * The SQL part of each figure's floor: the statements the request must send, in bare SQL
 * through the same driver (Kysely over PGlite or pg) the service uses, with no framework
 * and no JSON shaping. What every request must send besides its own work is in: the
 * session lookup (a request is signed in), the access event of a case read (the access
 * log is a rule, docs/reliability-and-security.md) and the policy library's switches a
 * list reads. Each is the median of `reps` timings. Writes are real (they leave a few
 * cases and decisions in the database, as the service's figures do). The HTTP part is
 * measured apart (http-floor.ts) and added by the caller.
 */
export async function measureFloors(db: Db, t: Timing, second?: Db): Promise<Floors> {
  const floors: Floors = {}
  const token = await floorSession(db)
  const session = () => sessionLookup(db, token)
  const { rows } = await sql<{
    t: string | null
  }>`select to_regclass('case_status_counts')::text as t`.execute(db)
  const counted = !!rows[0]?.t
  const page = (statuses: readonly string[]) => async () => {
    await session()
    await db
      .selectFrom('cases')
      .select(['id', 'body'])
      .where('status', 'in', statuses)
      .orderBy('due_at')
      .orderBy('id')
      .limit(PAGE)
      .execute()
    // The answer's total and counts by status: kept by a trigger where the database has
    // the table (migration 0002), else counted.
    if (counted)
      await sql`select status, sum(n) from case_status_counts group by status`.execute(db)
    else
      await db
        .selectFrom('cases')
        .select(['status', (eb) => eb.fn.countAll().as('n')])
        .groupBy('status')
        .execute()
    await db.selectFrom('meta').select(['key', 'value']).where('key', 'in', META_KEYS).execute()
  }
  floors['worklist: open cases, first page'] = await repeat(t, page(OPEN_STATUSES))
  floors['worklist: status filter'] = await repeat(t, page(['pending-md-review']))

  const ids = (
    await db
      .selectFrom('cases')
      .select('id')
      .where('status', '=', 'pending-md-review')
      .where('assigned_to', 'is not', null)
      .orderBy('received_at', 'desc')
      .limit((t.reps + t.warm + 2) * 25)
      .execute()
  ).map((r) => r.id)
  let next = 0
  const take = () => ids[next++ % ids.length]!

  // The service's case read opens the cases of the default worklist's first page in turn,
  // the untimed ones from index `reps` on (service.ts): the floor reads the same cases in
  // the same order, not decidable ones kept for decisions.
  const firstPage = (
    await db
      .selectFrom('cases')
      .select('id')
      .where('status', 'in', OPEN_STATUSES)
      .orderBy('due_at')
      .orderBy(sql`id collate "C"`)
      .limit(PAGE)
      .execute()
  ).map((r) => r.id)
  floors['case read'] = await repeat(t, async (i) => {
    await session()
    const id = firstPage[i % firstPage.length]!
    await readCase(db, id)
    await noteRead(db, id)
  })
  floors['case create'] = await repeat(t, async () => {
    await session()
    await createCase(db)
  })
  const signedDecision = async (id: string) => {
    await session()
    await decide(db, id)
  }
  floors['decision'] = await repeat(t, () => signedDecision(take()))
  // One untimed batch, as before the timings this floor always had.
  floors['20 decisions at once'] = await repeat({ reps: t.reps, warm: 1 }, () =>
    Promise.all(Array.from({ length: 20 }, () => signedDecision(take()))),
  )
  if (second) {
    // A read through another connection pool right after this one wrote.
    const times: number[] = []
    for (let i = -t.warm; i < t.reps; i++) {
      const id = take()
      await decide(db, id)
      const ms = await timed(async () => {
        await sessionLookup(second, token)
        await readCase(second, id)
        await noteRead(second, id)
      })
      if (i >= 0) times.push(ms)
    }
    floors['case read after another process wrote'] = median(times)
  }
  return floors
}

/** A session of a demo director, as a sign-in leaves one (the users' rows as the service seeds them). */
async function floorSession(db: Db): Promise<string> {
  await seedUsers(db)
  const token = `bench-floor-${process.pid}-${Date.now()}`
  const now = new Date()
  await db
    .insertInto('sessions')
    .values({
      token,
      user_id: 'u-md-1',
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + 3_600_000).toISOString(),
      last_seen_at: now.toISOString(),
    })
    .execute()
  return token
}

/** What the service's session check sends (server/db/sql-reads.ts). */
async function sessionLookup(db: Db, token: string) {
  await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .selectAll('sessions')
    .select('users.body as user_body')
    .where('sessions.token', 'in', [token])
    .executeTakeFirstOrThrow()
}

/** The access event a case read leaves (server/db/sql-access.ts). */
async function noteRead(db: Db, caseId: string) {
  await insertAccess(db, {
    at: new Date().toISOString(),
    caseId,
    actor: { id: 'u-md-1', name: 'Bench floor', role: 'medical-director' },
    action: 'opened-case',
    address: '127.0.0.1',
  })
}

async function readCase(db: Db, id: string) {
  await db.selectFrom('cases').select('body').where('id', '=', id).executeTakeFirstOrThrow()
}

let created = 0

/**
 * A new case built in memory (not timed), then what a create reads and writes: timed.
 * Besides the case, its trail and the sequence, a create must check the request's
 * Idempotency-Key and keep its answer, look the member's enrollment up and read each
 * director's open-case count (who gets the case), as the service does.
 */
async function createCase(db: Db) {
  const now = new Date()
  const part = emptyDb()
  const key = `bench-floor-${process.pid}-${created}`
  await db
    .selectFrom('idempotency')
    .select('body')
    .where('user_id', '=', 'u-rev-1')
    .where('key', '=', key)
    .execute()
  await db.selectFrom('members').select('body').where('member_id', 'in', ['SYN0000001']).execute()
  await sql`select assignee, sum(n) from assignee_open_counts group by assignee having sum(n) > 0`.execute(
    db,
  )
  // Reading the sequence is part of a create's work; writeBatch is one transaction.
  part.referenceSequence = await readSequence(db)
  build(part, scenarios[0]!, 3_000_000 + created++, now)
  await writeBatch(db, part)
  await db
    .insertInto('idempotency')
    .values({ user_id: 'u-rev-1', key, body: JSON.stringify({ status: 201 }) })
    .execute()
}

const director = actorOf(demoUsers.find((u) => u.role === 'medical-director')!)
const approval = {
  action: 'approve' as const,
  rationale: 'Bench floor: approved on review.',
  peerToPeerOffered: false,
}

/**
 * A first decision in one transaction: read the case (locked) and its audit trail, update
 * the case where its version is still the one read, append its new audit events. No
 * global lock and no change counter: the floor is the work a decision itself needs.
 */
async function decide(db: Db, id: string) {
  await db.transaction().execute(async (trx) => {
    const row = await sql<{
      body: unknown
    }>`select body from cases where id = ${id} for update`.execute(trx)
    if (!row.rows[0]) throw new Error(`No case ${id}`)
    const before = parsed(row.rows[0].body) as StoredCase
    const trail = await trx
      .selectFrom('audit_events')
      .select('body')
      .where('case_id', '=', id)
      .orderBy('seq')
      .execute()
    const part = emptyDb()
    part.audit[id] = trail.map((r) => parsed(r.body) as AuditEvent)
    const from = trail.length
    const after = applyDecision(part, before, approval, director, new Date())
    const { numUpdatedRows } = await trx
      .updateTable('cases')
      .set(caseRow(after))
      .where('id', '=', id)
      .where('version', '=', before.version)
      .executeTakeFirst()
    if (numUpdatedRows === 0n) throw new Error(`Case ${id} changed`)
    const appended = auditRows(id, part.audit[id] ?? [], from)
    if (appended.length) await trx.insertInto('audit_events').values(appended).execute()
    // A decision issues its letters (service/letters/issue.ts): kept as issued, one row each.
    await trx.selectFrom('issued_letters').select('body').where('case_id', '=', id).execute()
    await trx
      .insertInto('issued_letters')
      .values(
        ['member', 'provider'].map((to) => ({
          id: `bench-floor-${id}-${to}-${Date.now()}`,
          case_id: id,
          issued_at: new Date().toISOString(),
          body: JSON.stringify({ to, text: 'x'.repeat(7700) }), // a letter's size, seeded
        })),
      )
      .execute()
  })
}

const parsed = (v: unknown) => (typeof v === 'string' ? (JSON.parse(v) as unknown) : v)
