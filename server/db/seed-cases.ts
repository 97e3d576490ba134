import { sql, type Kysely } from 'kysely'
import type {
  Actor,
  AppealInput,
  Determination,
  StoredCase,
  Turnaround,
} from '../../src/api/schemas/case.ts'
import { actorOf } from '../../service/cases/actor.ts'
import { applyAppealDecision } from '../../service/cases/appeal-decide.ts'
import { recordAppeal } from '../../service/cases/appeal-record.ts'
import { policyLibrary } from '../../service/data/library.ts'
import { demoUsers } from '../../service/data/users.ts'
import { emptyDb, newId, type MockDb } from '../../service/store.ts'
import { determine } from '../../service/engine/determination.ts'
import { computeTurnaround } from '../../service/engine/turnaround.ts'
import { build, syntheticInput } from '../../service/seed.ts'
import { scenarios } from '../../service/seed-scenarios.ts'
import { auditRows, caseRow, letterRow } from './rows.ts'
import type { Tables } from './schema.ts'
import { markCaseChange } from './sql-writes.ts'
import { seedUsers } from './users.ts'

const HOUR = 3_600_000
/** Bound parameters per INSERT, well under Postgres' 65,535 whatever columns `caseRow` gains. */
const MAX_PARAMS = 30_000
/** Member numbers of these cases: SYN2000000 on, apart from the demo's and the mock bench's. */
const MEMBER_BASE = 2_000_000

export type SeedCasesOptions = {
  cases: number
  /** Cases per insert transaction (default 1,000). */
  batch?: number
  now?: Date
  /** Called after each committed batch. */
  progress?: (done: number, total: number) => void
}

export type SeedCasesResult = {
  inserted: number
  /** Cases in the table afterwards (those there before included). */
  total: number
  referenceSequence: Record<string, number>
}

/**
 * Adds `cases` synthetic cases to a migrated database, in batches of one transaction each,
 * made by the real engine and decision rules (service/seed.ts `build`) over the demo
 * scenarios: every status (appeals too), every line of business, received over the last
 * 400 days (closed cases) or 20 days (open ones), two reviewers and every medical director.
 * A determination depends only on the code, line of business and diagnoses, and a due
 * time only on the scenario and received time, so each is computed once and copied.
 *
 * Each batch also writes the meta row `referenceSequence` (never below the highest
 * reference given) and bumps the `change_counter` row (creating it if missing), which is
 * how the service knows a database is seeded (it then never seeds over it) and how a
 * running process knows to read the tables again. Nothing else should write meanwhile:
 * the reference sequence is read once at the start.
 */
export async function seedCases(db: Kysely<Tables>, o: SeedCasesOptions): Promise<SeedCasesResult> {
  const batch = Math.max(1, o.batch ?? 1_000)
  const now = o.now ?? new Date()
  await seedUsers(db)
  const before = await countCases(db)
  let sequence = await readSequence(db)
  const make = generator(now, before)
  let done = 0
  while (done < o.cases) {
    const size = Math.min(batch, o.cases - done)
    const part = emptyDb()
    part.referenceSequence = sequence
    for (let i = 0; i < size; i++) make(part, done + i)
    await writeBatch(db, part)
    sequence = part.referenceSequence
    done += size
    o.progress?.(done, o.cases)
  }
  if (o.cases === 0) await writeBatch(db, { ...emptyDb(), referenceSequence: sequence })
  return { inserted: done, total: before + done, referenceSequence: sequence }
}

async function countCases(db: Kysely<Tables>) {
  const row = await db
    .selectFrom('cases')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

/** The meta row `referenceSequence`: year → last reference number given. */
export async function readSequence(db: Kysely<Tables>): Promise<Record<string, number>> {
  const row = await db
    .selectFrom('meta')
    .select('value')
    .where('key', '=', 'referenceSequence')
    .executeTakeFirst()
  const value = typeof row?.value === 'string' ? (JSON.parse(row.value) as unknown) : row?.value
  return value && typeof value === 'object' ? { ...(value as Record<string, number>) } : {}
}

/**
 * The cases, audit trails and issued letters of `part` (new cases only), its reference sequence and the
 * change counter, in one transaction: all or nothing.
 */
export async function writeBatch(db: Kysely<Tables>, part: MockDb) {
  const cases = Object.values(part.cases).map(caseRow)
  const audit = Object.entries(part.audit).flatMap(([id, events]) => auditRows(id, events))
  const letters = Object.values(part.letters).flat().map(letterRow)
  const value = JSON.stringify(part.referenceSequence)
  await db.transaction().execute(async (trx) => {
    for (const rows of chunks(cases)) await trx.insertInto('cases').values(rows).execute()
    for (const rows of chunks(audit)) await trx.insertInto('audit_events').values(rows).execute()
    for (const rows of chunks(letters))
      await trx.insertInto('issued_letters').values(rows).execute()
    await trx
      .insertInto('meta')
      .values({ key: 'referenceSequence', value })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
      .execute()
    await trx
      .insertInto('change_counter')
      .values({ id: 1, counter: 1 })
      .onConflict((oc) => oc.column('id').doUpdateSet({ counter: sql`change_counter.counter + 1` }))
      .execute()
    // Open worklists offer the new cases (GET /api/events).
    await markCaseChange(trx)
  })
}

function chunks<T extends object>(rows: T[]): T[][] {
  if (!rows.length) return []
  const per = Math.max(1, Math.floor(MAX_PARAMS / Object.keys(rows[0]!).length))
  const out: T[][] = []
  for (let i = 0; i < rows.length; i += per) out.push(rows.slice(i, i + per))
  return out
}

/** The i-th synthetic case (of this run), built into `db`; `offset` keeps member numbers apart. */
function generator(now: Date, offset: number) {
  const determinations = new Map<string, Determination>()
  const turnarounds = new Map<string, Turnaround>()
  const directors = demoUsers.filter((u) => u.role === 'medical-director').map(actorOf)
  const reviewers = demoUsers.filter((u) => u.role !== 'medical-director').map(actorOf)
  const library = policyLibrary(emptyDb())
  return (db: MockDb, i: number) => {
    const index = i % scenarios.length
    const base = scenarios[index]!
    const open = !base.decisions?.length
    // Open cases stay near their due times; decided ones spread over more than a year.
    const span = open ? 24 * 20 : 24 * 400
    const s = { ...base, receivedHoursAgo: ((i * 7919) % span) + 0.25 }
    // Two cases a member, so a case has a related one.
    const n = MEMBER_BASE + Math.floor((offset + i) / 2)
    const received = new Date(now.getTime() - s.receivedHoursAgo * HOUR)
    const input = syntheticInput(n, s.input, received)
    const dKey = `${input.serviceCode}|${input.lineOfBusiness}|${input.diagnosisCodes.join(',')}`
    const tKey = `${index}|${s.receivedHoursAgo}`
    let determination = determinations.get(dKey)
    if (!determination) {
      determination = determine({ input, library, now, id: newId('det') })
      determinations.set(dKey, determination)
    }
    let turnaround = turnarounds.get(tKey)
    if (!turnaround) turnarounds.set(tKey, (turnaround = computeTurnaround(input)))
    const assignTo = directors[Math.floor(i / scenarios.length) % directors.length]
    const c = build(db, s, n, now, { determination, turnaround, assignTo })
    // Every other denial is appealed, and half of those appeals are decided.
    if (c.status === 'denied' && Math.floor(i / scenarios.length) % 2 === 0)
      appeal(db, c, reviewers[i % reviewers.length] ?? directors[0]!, now, i)
  }
}

function appeal(db: MockDb, c: StoredCase, by: Actor, now: Date, i: number) {
  const deniedAt = Date.parse(c.decisions.at(-1)?.decidedAt ?? c.createdAt)
  const at = new Date(Math.min(now.getTime(), deniedAt + 24 * HOUR))
  const input: AppealInput = {
    requestedBy: i % 3 === 0 ? 'provider-on-behalf' : 'member',
    receivedAt: at.toISOString(),
    urgency: 'standard',
    channel: 'mail',
    reasonGiven: 'Synthetic appeal: my doctor says the injections helped.',
  }
  const recorded = recordAppeal(db, c, input, by, at)
  if (!recorded.ok || Math.floor(i / scenarios.length) % 4 !== 0) return
  const appealed = recorded.updated
  // Of the decided appeals, half are upheld (Medicare Advantage: forwarded), half approved.
  const reviewer = appealed.appeal?.assignedTo
  const decidedAt = new Date(Math.min(now.getTime(), at.getTime() + 48 * HOUR))
  if (!reviewer || decidedAt.getTime() <= at.getTime()) return
  const cited = c.decisions.at(-1)?.criterion
  applyAppealDecision(
    db,
    appealed,
    Math.floor(i / scenarios.length) % 8 === 0
      ? {
          action: 'uphold',
          rationale: 'Synthetic: the letter adds no evidence the policy weighs.',
          criterion: cited
            ? {
                policyId: cited.policyId,
                criteriaSetId: cited.criteriaSetId,
                rowId: cited.rowId,
              }
            : undefined,
          memberReason: 'The letter does not change what the studies show.',
          peerToPeerOffered: false,
        }
      : {
          action: 'approve',
          rationale: 'Synthetic: approved on appeal.',
          peerToPeerOffered: false,
        },
    reviewer,
    decidedAt,
  )
}
